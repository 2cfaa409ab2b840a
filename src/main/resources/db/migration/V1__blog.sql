-- Sala schema: accounts, posts with categories and tags, and the full-text search index.
-- Every table is utf8mb4 so that Thai, Khmer, Burmese and emoji are stored exactly.

CREATE TABLE account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(60)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    email         VARCHAR(254) NULL,
    password_hash VARCHAR(255) NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE category (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name     VARCHAR(100) NOT NULL,
    slug     VARCHAR(120) NOT NULL,
    position INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_category_name UNIQUE (name),
    CONSTRAINT uk_category_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE tag (
    id   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    slug VARCHAR(120) NOT NULL,
    CONSTRAINT uk_tag_name UNIQUE (name),
    CONSTRAINT uk_tag_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE post (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug            VARCHAR(200) NOT NULL,
    title           VARCHAR(300) NOT NULL,
    body_source     MEDIUMTEXT   NOT NULL,
    body_html       MEDIUMTEXT   NOT NULL,
    excerpt         TEXT         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    author_id       BIGINT       NOT NULL,
    published_at    DATETIME(6)  NULL,
    -- year * 100 + month of published_at in the site's time zone: month archives and their
    -- counts then come from an index instead of time-zone arithmetic in SQL.
    published_month INT          NULL,
    comments_open   BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_post_slug UNIQUE (slug),
    CONSTRAINT fk_post_author FOREIGN KEY (author_id) REFERENCES account (id),
    INDEX ix_post_published (status, published_at, id),
    INDEX ix_post_month (status, published_month, published_at, id),
    INDEX ix_post_author (author_id, status, published_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE post_category (
    post_id     BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    PRIMARY KEY (post_id, category_id),
    INDEX ix_post_category_category (category_id, post_id),
    CONSTRAINT fk_post_category_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_category_category FOREIGN KEY (category_id) REFERENCES category (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE post_tag (
    post_id BIGINT NOT NULL,
    tag_id  BIGINT NOT NULL,
    PRIMARY KEY (post_id, tag_id),
    INDEX ix_post_tag_tag (tag_id, post_id),
    CONSTRAINT fk_post_tag_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- Search terms of a post, segmented by ICU and encoded by SearchTerms (see there why), so that
-- FULLTEXT works the same for Thai, Khmer or English on any MariaDB configuration.
CREATE TABLE post_search (
    post_id     BIGINT     NOT NULL PRIMARY KEY,
    title_terms TEXT       NOT NULL,
    body_terms  MEDIUMTEXT NOT NULL,
    -- the post's plain text, for the snippets under each result
    body_text   MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci NOT NULL,
    FULLTEXT INDEX ft_post_search_title (title_terms),
    FULLTEXT INDEX ft_post_search_all (title_terms, body_terms),
    CONSTRAINT fk_post_search_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_general_ci;
