-- 10,000 published courses for the catalogue benchmark (MySQL/MariaDB), written straight into the tables the
-- Academy's publication writes, with ids from 1,000,001 on. Words come from a small Dutch vocabulary, so that
-- searches have realistic hit counts (one word: ~1,000 courses; two words: ~50).
SET @owner := (SELECT MIN(id) FROM account);

DROP TEMPORARY TABLE IF EXISTS bench_n;
CREATE TEMPORARY TABLE bench_n (n INT PRIMARY KEY);
INSERT INTO bench_n (n)
SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 1
FROM (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a,
     (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) b,
     (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) c,
     (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) e;

DROP TEMPORARY TABLE IF EXISTS bench_course;
CREATE TEMPORARY TABLE bench_course AS
SELECT n,
       1000000 + n AS id,
       ELT(1 + n % 20, 'techniek', 'wetenschap', 'klas', 'leerlingen', 'gastles', 'bedrijf', 'robot', 'energie', 'duurzaam',
           'programmeren', 'onderzoek', 'ontwerpen', 'loopbaan', 'mentaliteit', 'techniekcoach', 'samenwerking', 'regio',
           'docent', 'praktijk', 'innovatie') AS w1,
       ELT(1 + (n DIV 20) % 20, 'techniek', 'wetenschap', 'klas', 'leerlingen', 'gastles', 'bedrijf', 'robot', 'energie',
           'duurzaam', 'programmeren', 'onderzoek', 'ontwerpen', 'loopbaan', 'mentaliteit', 'techniekcoach', 'samenwerking',
           'regio', 'docent', 'praktijk', 'innovatie') AS w2,
       ELT(1 + (n * 7) % 20, 'techniek', 'wetenschap', 'klas', 'leerlingen', 'gastles', 'bedrijf', 'robot', 'energie',
           'duurzaam', 'programmeren', 'onderzoek', 'ontwerpen', 'loopbaan', 'mentaliteit', 'techniekcoach', 'samenwerking',
           'regio', 'docent', 'praktijk', 'innovatie') AS w3,
       ELT(1 + n % 4, 'E_LEARNING', 'WEBINAR', 'WORKSHOP', 'TRAINING') AS format,
       ELT(1 + n % 6, 'BETA_TECH_MENTALITY', 'GUEST_LESSONS', 'TECHNIEKCOACH', 'SCIENCE_TECHNOLOGY', 'CAREER_ORIENTATION', 'EDUCATION_BUSINESS') AS theme,
       ELT(1 + n % 6, 'PRIMARY_TEACHER', 'SECONDARY_TEACHER', 'VOCATIONAL_TEACHER', 'SCHOOL_LEADER', 'COMPANY_STAFF', 'TECHNIEKCOACH') AS audience
FROM bench_n;

INSERT INTO course (id, version, slug, status, owner_id, published_version_id, created_at)
SELECT id, 1, CONCAT('bench-', n), 'PUBLISHED', @owner, NULL, NOW(6) FROM bench_course;
INSERT INTO course_author (course_id, account_id) SELECT id, @owner FROM bench_course;
INSERT INTO course_version (id, version, course_id, number, state, title, summary, description, format, theme_code,
                            programme_line, study_hours, language, certificate, certificate_validity_months, created_at)
SELECT id, 0, id, 1, 'PUBLISHED', CONCAT(UPPER(LEFT(w1, 1)), SUBSTRING(w1, 2), ' en ', w2, ' cursus ', n),
       CONCAT('Over ', w3, ' voor het onderwijs'), CONCAT('<p>Een cursus over ', w1, ', ', w2, ' en ', w3, '.</p>'),
       format, theme, 'JET_NET_TECHNET', 2.5, 'nl', FALSE, NULL, NOW(6)
FROM bench_course;
UPDATE course c JOIN bench_course b ON b.id = c.id SET c.published_version_id = b.id;
INSERT INTO course_version_audience (course_version_id, audience) SELECT id, audience FROM bench_course;
INSERT INTO course_module (id, course_version_id, position, title) SELECT id, id, 0, 'Inleiding' FROM bench_course;
INSERT INTO lesson (id, module_id, position, title, kind, required, body, video_url, pass_mark, max_attempts)
SELECT id, id, 0, 'Welkom', 'TEXT', TRUE, '<p>Welkom bij deze cursus.</p>', NULL, NULL, NULL FROM bench_course;

INSERT INTO catalogue_entry (course_id, title_key, format, theme_code, programme_line, published_at)
SELECT id, LOWER(CONCAT(w1, ' en ', w2, ' cursus ', n)), format, theme, 'JET_NET_TECHNET', NOW(6) FROM bench_course;
INSERT INTO catalogue_audience (course_id, audience) SELECT id, audience FROM bench_course;
INSERT IGNORE INTO catalogue_term (term, course_id)
SELECT w1, id FROM bench_course UNION ALL SELECT w2, id FROM bench_course UNION ALL SELECT w3, id FROM bench_course
UNION ALL SELECT 'cursus', id FROM bench_course UNION ALL SELECT CAST(n AS CHAR), id FROM bench_course
UNION ALL SELECT 'over', id FROM bench_course UNION ALL SELECT 'onderwijs', id FROM bench_course
UNION ALL SELECT 'een', id FROM bench_course UNION ALL SELECT 'en', id FROM bench_course;

ANALYZE TABLE catalogue_entry, catalogue_term, catalogue_audience, course, course_version;
