-- Online-learning benchmark, part 2 (MySQL/MariaDB): about 1,000,000 stored progress rows (lesson_completion) of
-- 40,000 other learners in 50 organisations, and course R (2000007) with 20,000 learners. Loaded with INSERT ...
-- SELECT from a numbers table; keys and foreign keys stay on.
--
--   accounts 6000000-6039999  learners; organisation 7000000 + n % 50
--   enrolments 8000000-8079999 each learner in two of the filler courses, 5 or 15 of 20 lessons done (800,000 rows)
--   enrolments 9000000-9019999 learners 0-19,999 in course R, n % 21 of 20 lessons done (about 200,000 rows),
--                              completed when all 20 are done
DROP TEMPORARY TABLE IF EXISTS bench_digit;
CREATE TEMPORARY TABLE bench_digit (d INT PRIMARY KEY);
INSERT INTO bench_digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);
DROP TEMPORARY TABLE IF EXISTS bench_n;
CREATE TEMPORARY TABLE bench_n (n INT PRIMARY KEY);
INSERT INTO bench_n (n)
SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d
FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f
WHERE a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d < 40000;

INSERT INTO organisation (id, version, name, name_key, type, province, created_at)
SELECT 7000000 + n, 0, CONCAT('Benchmarkschool ', n), CONCAT('benchmarkschool ', n), 'SECONDARY_SCHOOL', 'UT', NOW(6)
FROM bench_n WHERE n < 50;

INSERT INTO account (id, version, name, email, email_key, password_hash, active, password_change_required,
                     organisation_id, failed_logins, locked_until, registered_at)
SELECT 6000000 + n, 0,
       CONCAT(ELT(1 + n % 12, 'Anna', 'Bram', 'Chris', 'Daan', 'Eva', 'Fatima', 'Gijs', 'Hanna', 'Iris', 'Joost', 'Kim', 'Lotte'),
              ' ', ELT(1 + (n DIV 12) % 10, 'de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'El Amrani', 'Mulder', 'Bos', 'Vos'),
              ' ', n),
       CONCAT('learner-', n, '@school.test'), CONCAT('learner-', n, '@school.test'), 'bench-no-login', TRUE, FALSE,
       7000000 + n % 50, 0, NULL, NOW(6) - INTERVAL n MINUTE
FROM bench_n;
INSERT INTO account_role (account_id, role) SELECT 6000000 + n, 'LEARNER' FROM bench_n;

INSERT INTO enrolment (id, version, course_id, course_version_id, account_id, status, requested_at, activated_at,
                       lessons_done, lessons_required, percent, first_activity_at, last_activity_at)
SELECT 8000000 + n * 2 + j, 0, 2000008 + (n + 37 * j) % 100, 2000008 + (n + 37 * j) % 100, 6000000 + n, 'ACTIVE',
       NOW(6) - INTERVAL n MINUTE, NOW(6) - INTERVAL n MINUTE, IF((n + j) % 2 = 0, 5, 15), 20, IF((n + j) % 2 = 0, 25, 75),
       NOW(6) - INTERVAL n MINUTE, NOW(6) - INTERVAL n SECOND
FROM bench_n, (SELECT 0 AS j UNION ALL SELECT 1) two;

INSERT INTO enrolment (id, version, course_id, course_version_id, account_id, status, requested_at, activated_at,
                       completed_at, lessons_done, lessons_required, percent, first_activity_at, last_activity_at)
SELECT 9000000 + n, 0, 2000007, 2000007, 6000000 + n, IF(n % 21 = 20, 'COMPLETED', 'ACTIVE'),
       NOW(6) - INTERVAL n MINUTE, NOW(6) - INTERVAL n MINUTE, IF(n % 21 = 20, NOW(6) - INTERVAL n SECOND, NULL),
       n % 21, 20, (n % 21) * 5, IF(n % 21 = 0, NULL, NOW(6) - INTERVAL n MINUTE),
       IF(n % 21 = 0, NULL, NOW(6) - INTERVAL (n * 7) % 40000 SECOND)
FROM bench_n WHERE n < 20000;

INSERT INTO lesson_completion (enrolment_id, lesson_id, completed_at)
SELECT e.id, 3000000 + (e.course_id - 2000000) * 100 + p.p, NOW(6)
FROM enrolment e JOIN (SELECT 1 + a.d + 10 * b.d AS p FROM bench_digit a, bench_digit b WHERE a.d + 10 * b.d < 20) p
  ON p.p <= e.lessons_done
WHERE e.id >= 8000000;

ANALYZE TABLE organisation, account, account_role, enrolment, lesson_completion;
