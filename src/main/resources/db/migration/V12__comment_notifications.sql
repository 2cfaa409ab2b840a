-- What commenters asked to be told by mail about their comment; no row means nothing.
CREATE TABLE comment_notification (
    comment_id     BIGINT  NOT NULL PRIMARY KEY,
    when_published BOOLEAN NOT NULL,
    replies        BOOLEAN NOT NULL,
    CONSTRAINT fk_comment_notification_comment FOREIGN KEY (comment_id) REFERENCES comment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- Reasons a moderator can give when rejecting; admins edit them.
CREATE TABLE rejection_reason (
    id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    label    VARCHAR(100)  NOT NULL,
    text     VARCHAR(2000) NOT NULL,
    position INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_rejection_reason_label UNIQUE (label)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

INSERT INTO rejection_reason (label, text, position) VALUES
    ('Off-topic', 'Your comment was not published because it is not about the post it was written under. You are welcome to comment again on the subject of the post.', 0),
    ('Personal data', 'Your comment was not published because it contains personal details (such as an address, phone number or identity number) of you or someone else. Please leave them out and comment again.', 1),
    ('Abusive', 'Your comment was not published because it insults or attacks other people. Please keep to the subject and be respectful.', 2),
    ('Advertising', 'Your comment was not published because it advertises a product or service.', 3);

-- Moderators who want a mail when comments wait, and when they last got one (at most hourly).
CREATE TABLE moderator_digest (
    account_id   BIGINT      NOT NULL PRIMARY KEY,
    last_sent_at DATETIME(6) NULL,
    CONSTRAINT fk_moderator_digest_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
