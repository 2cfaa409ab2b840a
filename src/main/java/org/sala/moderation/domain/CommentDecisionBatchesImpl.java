package org.sala.moderation.domain;

import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decisions have database-made ids (IDENTITY), which Hibernate inserts one statement at a time;
 * here they go in JDBC batches. They are never changed after, so nothing needs them managed.
 */
class CommentDecisionBatchesImpl implements CommentDecisionBatches {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    CommentDecisionBatchesImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insertAll(Collection<CommentDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO comment_decision (comment_id, moderator_account_id, moderator_name, from_status, to_status,
                  body_edited, body_before, decided_at, is_undo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", decisions, BATCH, (statement, decision) -> {
            statement.setLong(1, decision.getCommentId());
            statement.setObject(2, decision.getModeratorAccountId(), Types.BIGINT);
            statement.setString(3, decision.getModeratorName());
            statement.setString(4, decision.getFromStatus() == null ? null : decision.getFromStatus().name());
            statement.setString(5, decision.getToStatus().name());
            statement.setBoolean(6, decision.isBodyEdited());
            // DATETIME columns hold UTC wall-clock times, as Hibernate writes them (hibernate.jdbc.time_zone=UTC)
            statement.setString(7, decision.getBodyBefore());
            statement.setObject(8, LocalDateTime.ofInstant(decision.getDecidedAt(), ZoneOffset.UTC));
            statement.setBoolean(9, decision.isUndo());
        });
    }
}
