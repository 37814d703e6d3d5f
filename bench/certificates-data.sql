-- Certificate benchmark (MySQL/MariaDB): published workshops that lead to a certificate, each with one past, completed
-- on-site session whose learners all have a confirmed booking recorded as ATTENDED, and no certificate yet. Written
-- straight into the tables the Academy's publication, booking and attendance write; keys and foreign keys stay on.
-- Expects @owner (an administrator's account id): the courses' author and the sessions' trainer.
--
--   course/session 2100001  the measured one: 10,000 attendees (accounts 2200000-2209999, bookings 2300000-2309999)
--   course/session 2100002  the warm-up: 500 attendees (accounts 2210000-2210499, bookings 2310000-2310499)
-- Each course version has the course's id, leads to a certificate valid 24 months; each session was 30 days ago,
-- 09:00-16:00 UTC, and is COMPLETED (every confirmed booking has attendance). Instants are UTC (see
-- InstantAttributeConverter), hence UTC_TIMESTAMP.
DROP TEMPORARY TABLE IF EXISTS bench_digit;
CREATE TEMPORARY TABLE bench_digit (d INT PRIMARY KEY);
INSERT INTO bench_digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);
DROP TEMPORARY TABLE IF EXISTS bench_n;
CREATE TEMPORARY TABLE bench_n (n INT PRIMARY KEY);
INSERT INTO bench_n (n)
SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d
FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e;

DROP TEMPORARY TABLE IF EXISTS bench_course;
CREATE TEMPORARY TABLE bench_course (k INT PRIMARY KEY, id BIGINT, title VARCHAR(200), attendees INT);
INSERT INTO bench_course VALUES (1, 2100001, 'Benchmarkworkshop Techniekcoach', 10000),
                                (2, 2100002, 'Warming-up workshop Techniekcoach', 500);

SET @starts := TIMESTAMP(DATE(UTC_TIMESTAMP()) - INTERVAL 30 DAY, '09:00:00');
SET @ends := @starts + INTERVAL 7 HOUR;

INSERT INTO course (id, version, slug, status, owner_id, published_version_id, created_at, enrolment_approval)
SELECT id, 1, CONCAT('bench-workshop-certificaat-', k), 'PUBLISHED', @owner, NULL, @starts - INTERVAL 60 DAY, 'NONE'
FROM bench_course;
INSERT INTO course_author (course_id, account_id) SELECT id, @owner FROM bench_course;
INSERT INTO course_version (id, version, course_id, number, state, title, summary, description, format, theme_code,
                            programme_line, study_hours, language, certificate, certificate_validity_months, created_at)
SELECT id, 0, id, 1, 'PUBLISHED', title, 'Een workshop van een dag die tot een certificaat leidt', '<p>Benchmark</p>',
       'WORKSHOP', 'TECHNIEKCOACH', 'JET_NET_TECHNET', 6.0, 'nl', TRUE, 24, @starts - INTERVAL 60 DAY
FROM bench_course;
UPDATE course c JOIN bench_course b ON b.id = c.id SET c.published_version_id = b.id;
INSERT INTO course_version_audience (course_version_id, audience) SELECT id, 'COMPANY_STAFF' FROM bench_course;
INSERT INTO course_publication (course_id, version_number, action, account_id, happened_at)
SELECT id, 1, 'PUBLISHED', @owner, @starts - INTERVAL 60 DAY FROM bench_course;
INSERT INTO catalogue_entry (course_id, title_key, format, theme_code, programme_line, published_at)
SELECT id, LOWER(title), 'WORKSHOP', 'TECHNIEKCOACH', 'JET_NET_TECHNET', @starts - INTERVAL 60 DAY FROM bench_course;
INSERT INTO catalogue_audience (course_id, audience) SELECT id, 'COMPANY_STAFF' FROM bench_course;
INSERT INTO catalogue_term (term, course_id)
SELECT LOWER(SUBSTRING_INDEX(title, ' ', 1)), id FROM bench_course
UNION SELECT 'techniekcoach', id FROM bench_course;

INSERT INTO training_session (id, version, course_id, starts_at, ends_at, capacity, booking_deadline, venue_name,
                              venue_address, venue_city, venue_province, online_url, open_to, organisation_id, status,
                              seats_taken, last_waitlist_sequence, created_at, ics_sequence, completed_at)
SELECT id, 0, id, @starts, @ends, attendees, @starts - INTERVAL 2 DAY, 'Jaarbeurs', 'Jaarbeursplein 6', 'Utrecht', 'UT',
       NULL, 'ALL', NULL, 'COMPLETED', attendees, 0, @starts - INTERVAL 50 DAY, 0, @ends + INTERVAL 1 HOUR
FROM bench_course;
INSERT INTO training_session_trainer (session_id, account_id) SELECT id, @owner FROM bench_course;

INSERT INTO account (id, version, name, email, email_key, password_hash, active, password_change_required,
                     organisation_id, failed_logins, locked_until, registered_at)
SELECT 2190000 + c.k * 10000 + n, 0,
       CONCAT(ELT(1 + n % 12, 'Anna', 'Bram', 'Chris', 'Daan', 'Eva', 'Fatima', 'Gijs', 'Hanna', 'Iris', 'Joost', 'Kim', 'Lotte'),
              ' ', ELT(1 + (n DIV 12) % 10, 'de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'El Amrani', 'Mulder', 'Bos', 'Vos'),
              ' ', c.k * 10000 + n),
       CONCAT('attendee-', c.k * 10000 + n, '@school.test'), CONCAT('attendee-', c.k * 10000 + n, '@school.test'),
       'bench-no-login', TRUE, FALSE, NULL, 0, NULL, @starts - INTERVAL 90 DAY + INTERVAL n MINUTE
FROM bench_course c JOIN bench_n ON n < c.attendees;
INSERT INTO account_role (account_id, role)
SELECT 2190000 + c.k * 10000 + n, 'LEARNER' FROM bench_course c JOIN bench_n ON n < c.attendees;

-- booked by themselves, a seat each; recorded as attended by the trainer after the session (and so announced)
INSERT INTO booking (id, version, session_id, account_id, booked_by, status, waitlist_sequence, created_at,
                     cancelled_at, attendance, attendance_recorded_at, attendance_recorded_by, attended_announced_at)
SELECT 2290000 + c.k * 10000 + n, 1, c.id, 2190000 + c.k * 10000 + n, 2190000 + c.k * 10000 + n, 'CONFIRMED', NULL,
       @starts - INTERVAL 40 DAY + INTERVAL n MINUTE, NULL, 'ATTENDED', @ends + INTERVAL 1 HOUR, @owner,
       @ends + INTERVAL 1 HOUR
FROM bench_course c JOIN bench_n ON n < c.attendees;

ANALYZE TABLE account, account_role, course, course_version, training_session, booking;
