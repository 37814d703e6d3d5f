-- The SEQUENCE of a session's iCalendar event (RFC 5545): raised whenever its time or place changes, so a calendar
-- that holds the earlier invitation (same UID) takes the new one as an update.
ALTER TABLE training_session ADD COLUMN ics_sequence INT NOT NULL DEFAULT 0;
