package org.sala.newsletter.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NewsletterIssueRepository extends JpaRepository<NewsletterIssue, Long> {

    boolean existsByPostId(long postId);

    @Query("SELECT i.id FROM NewsletterIssue i WHERE i.finishedAt IS NULL ORDER BY i.id")
    List<Long> findOpenIds();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT i FROM NewsletterIssue i WHERE i.id = :id")
    Optional<NewsletterIssue> lockById(@Param("id") long id);

    List<NewsletterIssue> findAllByOrderByCreatedAtDescIdDesc(Pageable page);
}
