-- Reader comments, held for moderation, and the record of every moderator decision.

CREATE TABLE comment (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    post_id           BIGINT       NOT NULL,
    parent_id         BIGINT       NULL,
    -- the ids from the thread's first comment down to this one, each zero-padded to 12 digits
    -- and followed by '/': ordering by it lists a thread depth-first, oldest first
    thread_path       VARCHAR(255) NOT NULL,
    depth             INT          NOT NULL,
    author_name       VARCHAR(100) NOT NULL,
    author_email      VARCHAR(254) NOT NULL,
    author_url        VARCHAR(300) NULL,
    author_ip         VARCHAR(45)  NULL,
    staff_account_id  BIGINT       NULL,
    body_raw          TEXT         NOT NULL,
    body_html         TEXT         NOT NULL,
    sanitizer_report  VARCHAR(1000) NULL,
    status            VARCHAR(20)  NOT NULL,
    -- SHA-256 of the commenter's browser token: lets them see their own comment while it waits
    reader_token_hash CHAR(64)     NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_comment_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES comment (id) ON DELETE SET NULL,
    CONSTRAINT fk_comment_staff FOREIGN KEY (staff_account_id) REFERENCES account (id) ON DELETE SET NULL,
    INDEX ix_comment_thread (post_id, thread_path),
    INDEX ix_comment_queue (status, created_at, id),
    INDEX ix_comment_post_queue (post_id, status, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE comment_decision (
    id                   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    comment_id           BIGINT      NOT NULL,
    moderator_account_id BIGINT      NULL,
    moderator_name       VARCHAR(120) NOT NULL,
    from_status          VARCHAR(20) NULL,
    to_status            VARCHAR(20) NOT NULL,
    body_edited          BOOLEAN     NOT NULL DEFAULT FALSE,
    decided_at           DATETIME(6) NOT NULL,
    CONSTRAINT fk_comment_decision_comment FOREIGN KEY (comment_id) REFERENCES comment (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_decision_account FOREIGN KEY (moderator_account_id) REFERENCES account (id) ON DELETE SET NULL,
    INDEX ix_comment_decision_comment (comment_id, decided_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- Approved comments per post, kept by the moderation service, so lists need not count.
ALTER TABLE post ADD COLUMN comment_count INT NOT NULL DEFAULT 0;
