-- Certificates: issued when an enrolment completes, when a trainer records attendance, or by an administrator.
-- A certificate is never changed in what it says: renewal, reissue after a name change and revocation keep the row
-- (status SUPERSEDED or REVOKED) and, for the first two, add a new one, so the history stays.

CREATE TABLE certificate (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    version               BIGINT        NOT NULL DEFAULT 0,
    -- the public, non-guessable verification code (in /certificaat/{code}); 128 random bits
    code                  VARCHAR(32)   NOT NULL,
    account_id            BIGINT        NOT NULL,
    course_id             BIGINT        NOT NULL,
    course_version_id     BIGINT        NOT NULL,
    -- what the certificate says, as it was on issue
    holder_name           VARCHAR(150)  NOT NULL,
    course_title          VARCHAR(200)  NOT NULL,
    course_version_number INT           NOT NULL,
    theme_name_nl         VARCHAR(100)  NULL,
    theme_name_en         VARCHAR(100)  NULL,
    study_hours           DECIMAL(5, 1) NULL,
    -- nl or en: the language of the PDF
    language              VARCHAR(8)    NOT NULL,
    completed_on          DATE          NOT NULL,
    issued_at             DATETIME(6)   NOT NULL,
    expires_on            DATE          NULL,
    -- COMPLETION (enrolment_id), ATTENDANCE (booking_id) or MANUAL (issued_by, issue_reason)
    source                VARCHAR(16)   NOT NULL,
    enrolment_id          BIGINT        NULL,
    booking_id            BIGINT        NULL,
    issued_by             BIGINT        NULL,
    issue_reason          VARCHAR(500)  NULL,
    -- VALID, SUPERSEDED (by a renewal or a reissue) or REVOKED; EXPIRED is VALID past expires_on
    status                VARCHAR(16)   NOT NULL,
    superseded_by         BIGINT        NULL,
    revoked_at            DATETIME(6)   NULL,
    revoked_by            BIGINT        NULL,
    revocation_reason     VARCHAR(500)  NULL,
    renewal_reminded_at   DATETIME(6)   NULL,
    -- 'accountId:courseId' while VALID, NULL otherwise: one valid certificate per person per course, by constraint
    current_key           VARCHAR(40)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT uk_certificate_current UNIQUE (current_key),
    CONSTRAINT fk_certificate_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_certificate_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_certificate_course_version FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    CONSTRAINT fk_certificate_issued_by FOREIGN KEY (issued_by) REFERENCES account (id),
    CONSTRAINT fk_certificate_revoked_by FOREIGN KEY (revoked_by) REFERENCES account (id),
    CONSTRAINT fk_certificate_superseded_by FOREIGN KEY (superseded_by) REFERENCES certificate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- "mijn certificaten"
CREATE INDEX ix_certificate_account ON certificate (account_id, issued_at);
-- a course's certificates, paged
CREATE INDEX ix_certificate_course ON certificate (course_id, id);
-- the renewal reminder job and the revocation status list
CREATE INDEX ix_certificate_status ON certificate (status, expires_on);
