package org.sala.mail.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /** Due mails, locked; rows another sender holds are skipped rather than waited for. */
    @Query(value = """
            SELECT * FROM outbox_mail WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutboxMail> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    /** Mails claimed by a sender that stopped (a restart) before it recorded the outcome. */
    @Modifying
    @Query("UPDATE OutboxMail m SET m.status = org.sala.mail.domain.MailStatus.PENDING "
            + "WHERE m.status = org.sala.mail.domain.MailStatus.SENDING AND m.claimedAt < :before")
    int releaseAbandoned(@Param("before") Instant before);

    /**
     * Adds the mail unless one with the same dedup key exists; returns 1 if added. The unique key
     * decides, so two fan-outs racing (or one repeated after a restart) still add it once.
     */
    @Modifying
    @Query(value = """
            INSERT IGNORE INTO outbox_mail (to_address, subject, body, headers, topic, dedup_key, status, attempts,
                next_attempt_at, created_at)
            VALUES (:to, :subject, :body, :headers, :topic, :dedupKey, 'PENDING', 0, :sendAfter, :now)""", nativeQuery = true)
    int insertUnlessPresent(@Param("to") String to, @Param("subject") String subject, @Param("body") String body,
            @Param("headers") String headers, @Param("topic") String topic, @Param("dedupKey") String dedupKey,
            @Param("now") Instant now, @Param("sendAfter") Instant sendAfter);

    /** Deletes the mails with these keys that wait to be sent; the unique key on dedup_key finds them. */
    @Modifying
    @Query(value = "DELETE FROM outbox_mail WHERE dedup_key IN (:keys) AND status = 'PENDING'", nativeQuery = true)
    int deleteWaiting(@Param("keys") Collection<String> keys);

    List<OutboxMail> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

    List<OutboxMail> findByStatusOrderByCreatedAtDescIdDesc(MailStatus status, Pageable page);

    long countByStatus(MailStatus status);

    long countByStatusIn(Collection<MailStatus> statuses);

    @Query("SELECT new org.sala.mail.domain.TopicCount(m.topic, m.status, COUNT(m)) FROM OutboxMail m "
            + "WHERE m.topic IN :topics GROUP BY m.topic, m.status")
    List<TopicCount> countByTopics(@Param("topics") Collection<String> topics);
}
