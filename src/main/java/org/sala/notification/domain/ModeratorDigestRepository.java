package org.sala.notification.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ModeratorDigestRepository extends JpaRepository<ModeratorDigest, Long> {

    /** Moderators not mailed since {@code before}, locked so that two instances cannot both mail them. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT d FROM ModeratorDigest d WHERE d.lastSentAt IS NULL OR d.lastSentAt <= :before")
    List<ModeratorDigest> lockDue(@Param("before") Instant before);
}
