-- Attendance of sessions: trainers (and administrators) record per confirmed booking whether the person came.
-- Recording again corrects the record. When every confirmed booking of a started session has a record, the session
-- is COMPLETED (completed_at). attended_announced_at is set the first time a booking is recorded ATTENDED, when the
-- "attended" event is fired: a correction back to ATTENDED later does not announce the person twice.
-- (One change per statement: the embedded H2 and MariaDB both run these.)

ALTER TABLE booking ADD COLUMN attendance VARCHAR(16) NULL;
ALTER TABLE booking ADD COLUMN attendance_recorded_at DATETIME(6) NULL;
ALTER TABLE booking ADD COLUMN attendance_recorded_by BIGINT NULL;
ALTER TABLE booking ADD COLUMN attended_announced_at DATETIME(6) NULL;
ALTER TABLE booking ADD CONSTRAINT fk_booking_attendance_recorded_by FOREIGN KEY (attendance_recorded_by) REFERENCES account (id);

ALTER TABLE training_session ADD COLUMN completed_at DATETIME(6) NULL;

-- a trainer's own sessions (the trainer's page lists them)
CREATE INDEX ix_training_session_trainer_account ON training_session_trainer (account_id, session_id);
