-- Files uploaded for posts (images, PDFs). The bytes live on disk under their storage key;
-- the database knows what they are and which post they belong to.

CREATE TABLE media_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    storage_key   CHAR(36)     NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    post_id       BIGINT       NULL,
    uploaded_by   BIGINT       NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_media_file_key UNIQUE (storage_key),
    CONSTRAINT fk_media_file_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE SET NULL,
    CONSTRAINT fk_media_file_account FOREIGN KEY (uploaded_by) REFERENCES account (id) ON DELETE SET NULL,
    INDEX ix_media_file_post (post_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

ALTER TABLE post ADD COLUMN featured_image_id BIGINT NULL,
    ADD CONSTRAINT fk_post_featured_image FOREIGN KEY (featured_image_id) REFERENCES media_file (id) ON DELETE SET NULL;
