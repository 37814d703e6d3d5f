-- The mail outbox and account invitations.
--
-- A feature that sends mail stores it here in its own transaction (so a mail exists exactly when the business
-- change does); a scheduled sender on every instance claims due rows, sends them and records the outcome.

CREATE TABLE mail_outbox (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL DEFAULT 0,
    recipient_address  VARCHAR(254)  NOT NULL,
    recipient_name     VARCHAR(150)  NULL,
    subject            VARCHAR(255)  NOT NULL,
    text_body          MEDIUMTEXT    NOT NULL,
    html_body          MEDIUMTEXT    NULL,
    -- PENDING, SENT or FAILED (gave up after the last attempt)
    status             VARCHAR(8)    NOT NULL,
    attempts           INT           NOT NULL DEFAULT 0,
    next_attempt_at    DATETIME(6)   NOT NULL,
    last_error         VARCHAR(1000) NULL,
    -- set by a job that must queue a mail only once ("reminder for booking 42"): a second one is not stored
    dedup_key          VARCHAR(200)  NULL,
    -- the sender that is sending the mail now, and until when the others leave it alone
    claim_token        CHAR(36)      NULL,
    claimed_until      DATETIME(6)   NULL,
    created_at         DATETIME(6)   NOT NULL,
    sent_at            DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_mail_outbox_dedup_key UNIQUE (dedup_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_claim ON mail_outbox (claim_token);

CREATE TABLE mail_attachment (
    mail_id       BIGINT        NOT NULL,
    position      INT           NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(150)  NOT NULL,
    content       LONGBLOB      NOT NULL,
    PRIMARY KEY (mail_id, position),
    CONSTRAINT fk_mail_attachment_mail FOREIGN KEY (mail_id) REFERENCES mail_outbox (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- An invitation to activate an account made for someone by a coordinator or administrator. Only a SHA-256 of
-- the code in the mailed link is kept, so a copy of the database cannot activate anyone's account.
CREATE TABLE account_invitation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL DEFAULT 0,
    account_id   BIGINT       NOT NULL,
    code_hash    CHAR(64)     NOT NULL,
    invited_by   BIGINT       NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    accepted_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_invitation_code UNIQUE (code_hash),
    CONSTRAINT fk_account_invitation_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_invitation_inviter FOREIGN KEY (invited_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_account_invitation_account ON account_invitation (account_id);
