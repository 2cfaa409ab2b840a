package org.sala.newsletter.domain;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SigningKeyRepository extends JpaRepository<SigningKey, String> {

    /** Keeps the first key stored under the name when two instances start at once. */
    @Modifying
    @Query(value = "INSERT IGNORE INTO signing_key (name, secret, created_at) VALUES (:name, :secret, :now)",
            nativeQuery = true)
    int insertIfAbsent(@Param("name") String name, @Param("secret") String secret, @Param("now") Instant now);
}
