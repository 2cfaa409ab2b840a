-- Authors' work on posts: an explicit excerpt, old slugs that keep links working, and the
-- files (images, PDFs) uploaded for posts, whose bytes live outside the database.

ALTER TABLE post ADD COLUMN excerpt_source TEXT NULL;

CREATE INDEX ix_post_author_updated ON post (author_id, updated_at, id);
CREATE INDEX ix_post_updated ON post (updated_at, id);

CREATE TABLE post_slug_redirect (
    old_slug   VARCHAR(200) NOT NULL PRIMARY KEY,
    post_id    BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_post_slug_redirect_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
