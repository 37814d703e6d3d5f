-- Online learning: enrolments, lessons marked as done and quiz attempts.
-- Progress is stored on the enrolment row (lessons_done, lessons_required, percent, activity and completion
-- instants), so dashboards and the per-course reports read one row per learner and never count events.

-- Who decides on a self-enrolment: nobody (NONE), an administrator (ADMIN), or an administrator or the learner's
-- own coordinator (COORDINATOR). A property of the course, not of a version: it governs who gets in, not what they
-- learn, so a change takes effect at once for new enrolments without publishing a new version.
ALTER TABLE course ADD COLUMN enrolment_approval VARCHAR(16) NOT NULL DEFAULT 'NONE';

CREATE TABLE enrolment (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL DEFAULT 0,
    course_id          BIGINT        NOT NULL,
    -- the version the learner works on; it never changes, also when a newer version is published
    course_version_id  BIGINT        NOT NULL,
    account_id         BIGINT        NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    requested_at       DATETIME(6)   NOT NULL,
    activated_at       DATETIME(6)   NULL,
    completed_at       DATETIME(6)   NULL,
    withdrawn_at       DATETIME(6)   NULL,
    -- a coordinator or administrator who enrolled the learner (null: the learner enrolled themself)
    enrolled_by        BIGINT        NULL,
    -- the approval decision, when the course asks for one
    decided_by         BIGINT        NULL,
    decided_at         DATETIME(6)   NULL,
    approved           BOOLEAN       NULL,
    decision_reason    VARCHAR(500)  NULL,
    -- where the learner resumes
    last_lesson_id     BIGINT        NULL,
    first_activity_at  DATETIME(6)   NULL,
    last_activity_at   DATETIME(6)   NULL,
    lessons_done       INT           NOT NULL DEFAULT 0,
    lessons_required   INT           NOT NULL,
    percent            INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    -- one enrolment per learner per course: double clicks and parallel requests end up on this row
    CONSTRAINT uk_enrolment_course_account UNIQUE (course_id, account_id),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_enrolment_course_version FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    CONSTRAINT fk_enrolment_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_enrolment_enrolled_by FOREIGN KEY (enrolled_by) REFERENCES account (id),
    CONSTRAINT fk_enrolment_decided_by FOREIGN KEY (decided_by) REFERENCES account (id),
    CONSTRAINT fk_enrolment_last_lesson FOREIGN KEY (last_lesson_id) REFERENCES lesson (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- "my enrolments" (a learner's dashboard)
CREATE INDEX ix_enrolment_account ON enrolment (account_id, status);
-- the per-course report, filtered by status and sorted by progress or activity
CREATE INDEX ix_enrolment_course_status ON enrolment (course_id, status, percent);
CREATE INDEX ix_enrolment_course_activity ON enrolment (course_id, last_activity_at);
-- the approvers' list of pending enrolments
CREATE INDEX ix_enrolment_status_requested ON enrolment (status, requested_at);

-- A page, video or file lesson the learner marked as done (quizzes count through their attempts).
CREATE TABLE lesson_completion (
    enrolment_id  BIGINT       NOT NULL,
    lesson_id     BIGINT       NOT NULL,
    completed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (enrolment_id, lesson_id),
    CONSTRAINT fk_lesson_completion_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT fk_lesson_completion_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every quiz attempt, graded on the server; the answers are kept as JSON {"<questionId>": [<optionId>, ...]}.
CREATE TABLE quiz_attempt (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    enrolment_id    BIGINT       NOT NULL,
    lesson_id       BIGINT       NOT NULL,
    attempt_number  INT          NOT NULL,
    score           INT          NOT NULL,
    passed          BOOLEAN      NOT NULL,
    answers         TEXT         NOT NULL,
    submitted_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    -- numbers are handed out under the enrolment's row lock; the key is the last line of defence
    CONSTRAINT uk_quiz_attempt_number UNIQUE (enrolment_id, lesson_id, attempt_number),
    CONSTRAINT fk_quiz_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT fk_quiz_attempt_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
