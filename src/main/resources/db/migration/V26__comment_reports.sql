-- Readers' reports on published comments: one per browser (reader token) per comment, open until a
-- moderator decides on the comment.
CREATE TABLE comment_report (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    comment_id          BIGINT       NOT NULL,
    reason              VARCHAR(30)  NOT NULL,
    note                VARCHAR(500) NULL,
    reporter_token_hash CHAR(64)     NOT NULL,
    reporter_ip         VARCHAR(45)  NULL,
    reported_at         DATETIME(6)  NOT NULL,
    resolved_at         DATETIME(6)  NULL,
    CONSTRAINT fk_comment_report_comment FOREIGN KEY (comment_id) REFERENCES comment (id) ON DELETE CASCADE,
    CONSTRAINT uq_comment_report_reporter UNIQUE (comment_id, reporter_token_hash),
    -- the "Reported" tab: open reports grouped by comment
    INDEX ix_comment_report_open (resolved_at, comment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- Moderation's site settings, one row; 0 reports means reports never hide a comment.
CREATE TABLE moderation_setting (
    id                 TINYINT NOT NULL PRIMARY KEY,
    hide_after_reports INT     NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
INSERT INTO moderation_setting (id, hide_after_reports) VALUES (1, 3);
