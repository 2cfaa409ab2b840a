-- Rules moderators set for arriving comments, and which rule decided where each comment went.

-- One row (id = 1): the settings. NULL numbers mean "no limit" / "never".
CREATE TABLE comment_settings (
    id                  INT          NOT NULL PRIMARY KEY,
    arrival             VARCHAR(20)  NOT NULL,
    max_links           INT          NULL,
    too_many_links      VARCHAR(20)  NOT NULL,
    close_after_days    INT          NULL,
    updated_at          DATETIME(6)  NOT NULL,
    updated_by          VARCHAR(120) NULL,
    version             BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

INSERT INTO comment_settings (id, arrival, max_links, too_many_links, close_after_days, updated_at)
VALUES (1, 'HOLD_ALL', 2, 'HOLD', NULL, CURRENT_TIMESTAMP(6));

-- Blocked and watched words, blocked emails, email domains and IP addresses or ranges.
-- Values are stored normalised (lower case, NFKC), so the unique key catches repeats.
CREATE TABLE comment_rule_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    value       VARCHAR(255) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(120) NOT NULL,
    UNIQUE KEY uq_comment_rule_entry (kind, value),
    INDEX ix_comment_rule_entry_list (kind, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

ALTER TABLE comment
    ADD COLUMN rule      VARCHAR(30)  NULL AFTER status,
    ADD COLUMN rule_note VARCHAR(255) NULL AFTER rule;
