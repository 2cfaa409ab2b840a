-- Every mail Sala sends is first a row here, written in the same transaction as what causes it;
-- a background sender delivers it over SMTP and retries with back-off.
CREATE TABLE outbox_mail (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    to_address      VARCHAR(254)  NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    body            MEDIUMTEXT    NOT NULL,
    headers         TEXT          NOT NULL,
    -- What the mail is about ("newsletter:42", "confirmation"): for progress counts.
    topic           VARCHAR(100)  NOT NULL,
    -- At most one mail per key (one newsletter per post and subscriber); NULL for no such rule.
    dedup_key       VARCHAR(150)  NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_at      DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    CONSTRAINT uk_outbox_mail_dedup UNIQUE (dedup_key),
    INDEX ix_outbox_mail_due (status, next_attempt_at, id),
    INDEX ix_outbox_mail_topic (topic, status),
    INDEX ix_outbox_mail_created (created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
