-- A post's own choice of what happens to new comments; no row means the site's setting.
-- (Closed comments stay post.comments_open.)
CREATE TABLE post_comment_mode (
    post_id BIGINT      NOT NULL PRIMARY KEY,
    arrival VARCHAR(20) NOT NULL,
    CONSTRAINT fk_post_comment_mode_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- The "To review" list: comments published at once, by rule, newest first.
CREATE INDEX ix_comment_rule_queue ON comment (rule, status, created_at, id);
