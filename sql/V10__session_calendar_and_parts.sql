-- The SEQUENCE of a session's iCalendar event (RFC 5545): raised whenever its time or place changes, so a calendar
-- that holds the earlier invitation (same UID) takes the new one as an update.
ALTER TABLE training_session ADD COLUMN ics_sequence INT NOT NULL DEFAULT 0;

-- The parts of a session that takes place in several parts (days, mornings), in order; a session in one stretch
-- has none. The session's own starts_at and ends_at are the start of the first part and the end of the last.
CREATE TABLE training_session_part (
    session_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    starts_at   DATETIME(6)  NOT NULL,
    ends_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (session_id, position),
    CONSTRAINT fk_training_session_part_session FOREIGN KEY (session_id) REFERENCES training_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
