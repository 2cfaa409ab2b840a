-- The mailing list: double opt-in subscribers, and one newsletter issue per post sent to them.
CREATE TABLE subscriber (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email                VARCHAR(254) NOT NULL,
    name                 VARCHAR(100) NULL,
    status               VARCHAR(20)  NOT NULL,
    locale               VARCHAR(20)  NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    -- Only the link of the newest confirmation mail confirms (its time is signed into the link).
    confirmation_sent_at DATETIME(6)  NULL,
    confirmed_at         DATETIME(6)  NULL,
    unsubscribed_at      DATETIME(6)  NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_subscriber_email UNIQUE (email),
    INDEX ix_subscriber_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- A post of the newsletter category, fanned out to the confirmed subscribers in batches. The
-- cursor is the last subscriber id queued, so a restart goes on where it stopped.
CREATE TABLE newsletter_issue (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    post_id            BIGINT        NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    excerpt            TEXT          NOT NULL,
    link               VARCHAR(1000) NOT NULL,
    subscribers        BIGINT        NOT NULL,
    queued             BIGINT        NOT NULL DEFAULT 0,
    last_subscriber_id BIGINT        NOT NULL DEFAULT 0,
    created_at         DATETIME(6)   NOT NULL,
    finished_at        DATETIME(6)   NULL,
    CONSTRAINT uk_newsletter_issue_post UNIQUE (post_id),
    INDEX ix_newsletter_issue_open (finished_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- Keys generated on first use when none is configured (the signing key of subscription links).
CREATE TABLE signing_key (
    name       VARCHAR(50)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
