-- Online-learning benchmark, part 1 (MySQL/MariaDB): the courses and the measured learners, before any other data.
-- Written straight into the tables the Academy's publication and enrolment write; ids from 2,000,001 on.
-- Expects @owner (an administrator's account id) and @hash (the password hash of a registered account: every bench
-- learner gets it, so they all sign in with the same password).
--
--   course 2000001        M: the measured course, one module of 40 required text lessons
--   courses 2000002-06    five more e-learnings on every bench learner's dashboard (20 lessons, 10 done)
--   course 2000007        R: the report course (its 20,000 learners come with progress-data.sql)
--   courses 2000008-107   100 filler e-learnings (20 lessons each) for the other learners' progress
--   accounts 5000001-60   bench learners: 1-25 measure completions on the empty database, 26-50 with the data,
--                         51 the dashboard, 52-60 the warm-up
DROP TEMPORARY TABLE IF EXISTS bench_digit;
CREATE TEMPORARY TABLE bench_digit (d INT PRIMARY KEY);
INSERT INTO bench_digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);

DROP TEMPORARY TABLE IF EXISTS bench_course;
CREATE TEMPORARY TABLE bench_course (k INT PRIMARY KEY, id BIGINT, lessons INT);
INSERT INTO bench_course (k, id, lessons)
SELECT k, 2000000 + k, IF(k = 1, 40, 20)
FROM (SELECT 1 + a.d + 10 * b.d + 100 * c.d AS k FROM bench_digit a, bench_digit b, bench_digit c) n
WHERE k <= 107;

INSERT INTO course (id, version, slug, status, owner_id, published_version_id, created_at, enrolment_approval)
SELECT id, 1, CONCAT('bench-e-learning-', k), 'PUBLISHED', @owner, NULL, NOW(6), 'NONE' FROM bench_course;
INSERT INTO course_author (course_id, account_id) SELECT id, @owner FROM bench_course;
INSERT INTO course_version (id, version, course_id, number, state, title, summary, description, format, theme_code,
                            programme_line, study_hours, language, certificate, certificate_validity_months, created_at)
SELECT id, 0, id, 1, 'PUBLISHED', CONCAT('Benchmark e-learning ', k), 'Een e-learning voor de benchmark',
       '<p>Benchmark</p>', 'E_LEARNING', 'GUEST_LESSONS', 'JET_NET_TECHNET', 2.0, 'nl', FALSE, NULL, NOW(6)
FROM bench_course;
UPDATE course c JOIN bench_course b ON b.id = c.id SET c.published_version_id = b.id;
INSERT INTO course_module (id, course_version_id, position, title) SELECT id, id, 0, 'Module 1' FROM bench_course;
INSERT INTO lesson (id, module_id, position, title, kind, required, body, video_url, pass_mark, max_attempts)
SELECT 3000000 + c.k * 100 + p.p, c.id, p.p - 1, CONCAT('Les ', p.p), 'TEXT', TRUE, '<p>Tekst van de les.</p>', NULL, NULL, NULL
FROM bench_course c JOIN (SELECT 1 + a.d + 10 * b.d AS p FROM bench_digit a, bench_digit b) p ON p.p <= c.lessons;
INSERT INTO catalogue_entry (course_id, title_key, format, theme_code, programme_line, published_at)
SELECT id, CONCAT('benchmark e-learning ', k), 'E_LEARNING', 'GUEST_LESSONS', 'JET_NET_TECHNET', NOW(6) FROM bench_course;

-- the bench learners, each enrolled in M (nothing done yet) and in courses 2-6 (10 of 20 lessons done)
INSERT INTO account (id, version, name, email, email_key, password_hash, active, password_change_required,
                     organisation_id, failed_logins, locked_until, registered_at)
SELECT 5000000 + n, 0, CONCAT('Bench learner ', n), CONCAT('bench-learner-', n, '@academy.test'),
       CONCAT('bench-learner-', n, '@academy.test'), @hash, TRUE, FALSE, NULL, 0, NULL, NOW(6)
FROM (SELECT 1 + a.d + 10 * b.d AS n FROM bench_digit a, bench_digit b) n WHERE n <= 60;
INSERT INTO account_role (account_id, role) SELECT id, 'LEARNER' FROM account WHERE id BETWEEN 5000001 AND 5000060;

INSERT INTO enrolment (id, version, course_id, course_version_id, account_id, status, requested_at, activated_at,
                       lessons_done, lessons_required, percent, first_activity_at, last_activity_at)
SELECT 4000000 + (a.id - 5000000) * 10 + c.k, 0, c.id, c.id, a.id, 'ACTIVE', NOW(6) - INTERVAL c.k DAY,
       NOW(6) - INTERVAL c.k DAY, IF(c.k = 1, 0, 10), c.lessons, IF(c.k = 1, 0, 50),
       IF(c.k = 1, NULL, NOW(6) - INTERVAL c.k DAY), IF(c.k = 1, NULL, NOW(6) - INTERVAL c.k HOUR)
FROM account a JOIN bench_course c ON c.k <= 6
WHERE a.id BETWEEN 5000001 AND 5000060;
INSERT INTO lesson_completion (enrolment_id, lesson_id, completed_at)
SELECT e.id, 3000000 + (e.course_id - 2000000) * 100 + p.p, NOW(6)
FROM enrolment e JOIN (SELECT 1 + a.d AS p FROM bench_digit a) p
WHERE e.account_id BETWEEN 5000001 AND 5000060 AND e.course_id BETWEEN 2000002 AND 2000006;

ANALYZE TABLE account, course, course_version, lesson, enrolment, lesson_completion;
