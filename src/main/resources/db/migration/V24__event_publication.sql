-- Spring Modulith's event publication registry (its v2 MariaDB schema): an event for an
-- @ApplicationModuleListener is written here in the publishing transaction and deleted once the
-- listener has done its work, so after-commit work that failed is kept and done again.
-- Changed from the original: the serialized event is MEDIUMTEXT, not VARCHAR(4000), as a bulk
-- decision names many comments; dates are DATETIME(6) like every other table here (a MariaDB
-- TIMESTAMP NOT NULL would set itself on every update).
CREATE TABLE EVENT_PUBLICATION (
    ID                     VARCHAR(36)  NOT NULL PRIMARY KEY,
    LISTENER_ID            VARCHAR(512) NOT NULL,
    EVENT_TYPE             VARCHAR(512) NOT NULL,
    SERIALIZED_EVENT       MEDIUMTEXT  NOT NULL,
    PUBLICATION_DATE       DATETIME(6)  NOT NULL,
    COMPLETION_DATE        DATETIME(6)  NULL DEFAULT NULL,
    STATUS                 VARCHAR(20)  NULL,
    COMPLETION_ATTEMPTS    INT          NULL,
    LAST_RESUBMISSION_DATE DATETIME(6)  NULL,
    INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
