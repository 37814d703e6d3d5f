-- Background jobs: long work (bulk certificates, certificate ZIPs) runs outside the request that asked for it; this
-- row is its progress, readable by any instance, so a page can show a progress bar and offer the result when done.

CREATE TABLE background_job (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    -- CERTIFICATES_ISSUE, CERTIFICATES_EXPORT
    kind          VARCHAR(40)   NOT NULL,
    -- what the job works on (a session or a course id, by kind)
    subject_id    BIGINT        NOT NULL,
    requested_by  BIGINT        NOT NULL,
    -- QUEUED, RUNNING, DONE, FAILED; EXPIRED once its result file was cleared away
    status        VARCHAR(16)   NOT NULL,
    total         INT           NOT NULL DEFAULT 0,
    done          INT           NOT NULL DEFAULT 0,
    -- what it made: certificates issued, certificates written to the ZIP
    produced      INT           NOT NULL DEFAULT 0,
    -- the result file in ACADEMY_DATA_DIR/jobs/{id}/, when it has one
    result_name   VARCHAR(200)  NULL,
    result_type   VARCHAR(100)  NULL,
    result_bytes  BIGINT        NULL,
    error_code    VARCHAR(100)  NULL,
    error_detail  VARCHAR(1000) NULL,
    created_at    DATETIME(6)   NOT NULL,
    started_at    DATETIME(6)   NULL,
    -- last sign of life of a running job: one that stops changing was lost with its instance
    updated_at    DATETIME(6)   NOT NULL,
    finished_at   DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_background_job_requested_by FOREIGN KEY (requested_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_background_job_status ON background_job (status, updated_at);
CREATE INDEX ix_background_job_subject ON background_job (kind, subject_id, id);

-- A session's certificates (its ZIP) are found through their bookings.
CREATE INDEX ix_certificate_booking ON certificate (booking_id);
