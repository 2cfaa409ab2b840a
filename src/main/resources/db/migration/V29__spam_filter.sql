-- The spam filter's models (OpenNLP, serialised), newest last; every node reads the newest.
CREATE TABLE spam_model (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trained_at     DATETIME(6) NOT NULL,
    spam_examples  INT         NOT NULL,
    other_examples INT         NOT NULL,
    built_in       BOOLEAN     NOT NULL,
    model          LONGBLOB    NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- Each comment's score on arrival: the probability that it is spam, and the model that said so.
CREATE TABLE comment_spam_score (
    comment_id BIGINT NOT NULL PRIMARY KEY,
    score      DOUBLE NOT NULL,
    model_id   BIGINT NULL,
    CONSTRAINT fk_comment_spam_score_comment FOREIGN KEY (comment_id) REFERENCES comment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- Comments scoring at or above it go straight to spam; NULL: the score only informs moderators.
ALTER TABLE moderation_setting ADD COLUMN spam_threshold DOUBLE NULL;
