-- WordPress imports: what each WordPress id of an export became in Sala (so a second import of
-- the same file adds nothing twice, and old WordPress addresses redirect), the attachments'
-- metadata, and category parents.

ALTER TABLE category ADD COLUMN parent_id BIGINT NULL,
    ADD CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id) ON DELETE SET NULL;

CREATE TABLE wp_import_item (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- the exporting site's base URL, so that two WordPress sites' ids never mix
    source     VARCHAR(255) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    wp_id      VARCHAR(200) NOT NULL,
    sala_id    BIGINT       NOT NULL,
    -- the post's or term's slug in WordPress, for its old addresses
    wp_slug    VARCHAR(200) NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_wp_import_item UNIQUE (source, kind, wp_id),
    INDEX ix_wp_import_item_slug (kind, wp_slug),
    INDEX ix_wp_import_item_wp_id (kind, wp_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE wp_attachment (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source       VARCHAR(255)  NOT NULL,
    wp_id        BIGINT        NOT NULL,
    post_id      BIGINT        NULL,
    title        VARCHAR(300)  NOT NULL,
    url          VARCHAR(1000) NOT NULL,
    content_type VARCHAR(100)  NULL,
    description  TEXT          NULL,
    uploaded_at  DATETIME(6)   NULL,
    CONSTRAINT uk_wp_attachment UNIQUE (source, wp_id),
    CONSTRAINT fk_wp_attachment_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE SET NULL,
    INDEX ix_wp_attachment_post (post_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
