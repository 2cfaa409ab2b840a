package org.sala.newsletter.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubscriberRepository extends JpaRepository<Subscriber, Long> {

    Optional<Subscriber> findByEmail(String email);

    /** Email or name containing the pattern (a LIKE pattern), newest first. */
    @Query("SELECT s FROM Subscriber s WHERE s.email LIKE :pattern OR s.name LIKE :pattern "
            + "ORDER BY s.createdAt DESC, s.id DESC")
    List<Subscriber> search(@Param("pattern") String pattern, Pageable page);

    @Query("SELECT COUNT(s) FROM Subscriber s WHERE s.email LIKE :pattern OR s.name LIKE :pattern")
    long countSearch(@Param("pattern") String pattern);

    /** The next subscribers by id after {@code afterId}, for export and fan-out in batches. */
    List<Subscriber> findByIdGreaterThanOrderByIdAsc(long afterId, Pageable page);

    List<Subscriber> findByStatusAndIdGreaterThanOrderByIdAsc(SubscriberStatus status, long afterId, Pageable page);

    long countByStatus(SubscriberStatus status);
}
