package org.sala.moderation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SpamModelRepository extends JpaRepository<SpamModel, Long> {

    @Query("select max(m.id) from SpamModel m")
    public Optional<Long> newestId();

    /** The texts of the newest comments moderators left with the status, staff replies and the filter's own verdicts aside. */
    @Query(value = """
            SELECT body_raw FROM comment
            WHERE status = :status AND staff_account_id IS NULL AND (rule IS NULL OR rule <> 'SPAM_FILTER')
            ORDER BY created_at DESC, id DESC LIMIT :limit""", nativeQuery = true)
    public List<String> newestTexts(String status, int limit);
}
