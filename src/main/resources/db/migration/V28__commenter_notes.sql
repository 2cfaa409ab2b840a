-- Moderators' private notes on a commenter, by email (as comments store it: lower case).
CREATE TABLE commenter_note (
    email      VARCHAR(254)  NOT NULL PRIMARY KEY,
    note       VARCHAR(1000) NOT NULL,
    updated_by VARCHAR(120)  NOT NULL,
    updated_at DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
