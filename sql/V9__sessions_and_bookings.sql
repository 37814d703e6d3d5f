-- Scheduled sessions (uitvoeringen) of webinars, workshops and trainings, and the bookings for them.
-- The seat count lives on the session row: every booking or cancellation locks that row first (SELECT ... FOR
-- UPDATE), so seats and waiting-list numbers are handed out one transaction at a time.

CREATE TABLE training_session (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    version                BIGINT        NOT NULL DEFAULT 0,
    course_id              BIGINT        NOT NULL,
    starts_at              DATETIME(6)   NOT NULL,
    ends_at                DATETIME(6)   NOT NULL,
    capacity               INT           NOT NULL,
    booking_deadline       DATETIME(6)   NOT NULL,
    -- either a venue or an online join link
    venue_name             VARCHAR(200)  NULL,
    venue_address          VARCHAR(300)  NULL,
    venue_city             VARCHAR(100)  NULL,
    venue_province         CHAR(2)       NULL,
    online_url             VARCHAR(500)  NULL,
    -- ALL, PROVINCES (see training_session_province) or ORGANISATION (organisation_id)
    open_to                VARCHAR(16)   NOT NULL,
    organisation_id        BIGINT        NULL,
    status                 VARCHAR(16)   NOT NULL,
    cancel_reason          VARCHAR(500)  NULL,
    -- CONFIRMED bookings; never more than capacity
    seats_taken            INT           NOT NULL DEFAULT 0,
    -- the last number handed to a waiting booking: strict arrival order
    last_waitlist_sequence BIGINT        NOT NULL DEFAULT 0,
    created_at             DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_training_session_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_training_session_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the public list: upcoming sessions, by course and by start
CREATE INDEX ix_training_session_start ON training_session (status, starts_at);
CREATE INDEX ix_training_session_course ON training_session (course_id, starts_at);

CREATE TABLE training_session_province (
    session_id  BIGINT      NOT NULL,
    province    CHAR(2)     NOT NULL,
    PRIMARY KEY (session_id, province),
    CONSTRAINT fk_training_session_province_session FOREIGN KEY (session_id) REFERENCES training_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE training_session_trainer (
    session_id  BIGINT  NOT NULL,
    account_id  BIGINT  NOT NULL,
    PRIMARY KEY (session_id, account_id),
    CONSTRAINT fk_training_session_trainer_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_training_session_trainer_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE booking (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL DEFAULT 0,
    session_id        BIGINT       NOT NULL,
    account_id        BIGINT       NOT NULL,
    -- who made the booking: the participant themself or their coordinator
    booked_by         BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    -- set while waiting (and kept afterwards for audit): the order of arrival on the waiting list
    waitlist_sequence BIGINT       NULL,
    created_at        DATETIME(6)  NOT NULL,
    cancelled_at      DATETIME(6)  NULL,
    PRIMARY KEY (id),
    -- one booking per person per session: a double click ends up on this row
    CONSTRAINT uk_booking_session_account UNIQUE (session_id, account_id),
    CONSTRAINT fk_booking_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_booking_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_booking_booked_by FOREIGN KEY (booked_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the first waiting booking of a session
CREATE INDEX ix_booking_waitlist ON booking (session_id, status, waitlist_sequence);
-- "my bookings"
CREATE INDEX ix_booking_account ON booking (account_id, created_at);
