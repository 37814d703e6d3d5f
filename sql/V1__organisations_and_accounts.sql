-- Organisations, accounts and roles: the foundation every later feature refers to by id.
-- Portable between MySQL/MariaDB (InnoDB, utf8mb4) and the embedded H2 database in MySQL mode.
-- Instants are stored as UTC in DATETIME(6) (see InstantAttributeConverter).

CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL DEFAULT 0,
    name        VARCHAR(200) NOT NULL,
    -- lower-cased, trimmed name: one organisation of a name per province, whatever the letter case
    name_key    VARCHAR(200) NOT NULL,
    type        VARCHAR(32)  NOT NULL,
    province    CHAR(2)      NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_organisation_name_province UNIQUE (name_key, province)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_organisation_province_type ON organisation (province, type);
CREATE INDEX ix_organisation_name ON organisation (name);

CREATE TABLE account (
    id                        BIGINT       NOT NULL AUTO_INCREMENT,
    version                   BIGINT       NOT NULL DEFAULT 0,
    name                      VARCHAR(150) NOT NULL,
    email                     VARCHAR(254) NOT NULL,
    -- lower-cased address: e-mail addresses are unique case-insensitively
    email_key                 VARCHAR(254) NOT NULL,
    password_hash             VARCHAR(512) NOT NULL,
    active                    BOOLEAN      NOT NULL,
    password_change_required  BOOLEAN      NOT NULL,
    organisation_id           BIGINT       NULL,
    failed_logins             INT          NOT NULL DEFAULT 0,
    locked_until              DATETIME(6)  NULL,
    registered_at             DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_email UNIQUE (email_key),
    CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_account_name ON account (name);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_account_role_role ON account_role (role);
