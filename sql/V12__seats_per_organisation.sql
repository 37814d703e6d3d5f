-- An optional cap on the active bookings (seats and waiting list) of any one organisation for a session, so that a
-- regional training is not filled by one school or company. NULL: no cap. Checked under the session's row lock.
ALTER TABLE training_session ADD COLUMN seats_per_organisation INT NULL;
