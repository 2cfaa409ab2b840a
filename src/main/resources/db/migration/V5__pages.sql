-- Pages outside the blog ("About", "Resources"): no date, no comments, linked from the header.

CREATE TABLE site_page (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug           VARCHAR(200) NOT NULL,
    title          VARCHAR(300) NOT NULL,
    body_source    MEDIUMTEXT   NOT NULL,
    body_html      MEDIUMTEXT   NOT NULL,
    nav_position   INT          NOT NULL DEFAULT 0,
    published      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_site_page_slug UNIQUE (slug),
    INDEX ix_site_page_nav (published, nav_position, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
