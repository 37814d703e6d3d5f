-- Courses (aanbod) in versions, their content, themes, the publication history and the catalogue search terms.
-- A course has one row; its content lives in versions. Editing a published course works on a new DRAFT version;
-- publishing it supersedes the previous version, which stays (enrolments refer to the version they started).

CREATE TABLE theme (
    code        VARCHAR(40)  NOT NULL,
    name_nl     VARCHAR(120) NOT NULL,
    name_en     VARCHAR(120) NOT NULL,
    position    INT          NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO theme (code, name_nl, name_en, position) VALUES
    ('BETA_TECH_MENTALITY', 'Bèta&TechMentality', 'Bèta&TechMentality', 1),
    ('GUEST_LESSONS', 'Gastlessen & bedrijfsbezoeken', 'Guest lessons & company visits', 2),
    ('TECHNIEKCOACH', 'Techniekcoach', 'Technology coach', 3),
    ('SCIENCE_TECHNOLOGY', 'Wetenschap & Technologie', 'Science & technology', 4),
    ('CAREER_ORIENTATION', 'Loopbaanoriëntatie', 'Career orientation', 5),
    ('EDUCATION_BUSINESS', 'Samenwerking onderwijs–bedrijfsleven', 'Education–business partnerships', 6);

CREATE TABLE course (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    version               BIGINT       NOT NULL DEFAULT 0,
    slug                  VARCHAR(120) NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    owner_id              BIGINT       NOT NULL,
    -- the version shown in the catalogue (null until first published)
    published_version_id  BIGINT       NULL,
    created_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_course_slug UNIQUE (slug),
    CONSTRAINT fk_course_owner FOREIGN KEY (owner_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE course_author (
    course_id   BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    PRIMARY KEY (course_id, account_id),
    CONSTRAINT fk_course_author_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_author_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE course_version (
    id                          BIGINT        NOT NULL AUTO_INCREMENT,
    version                     BIGINT        NOT NULL DEFAULT 0,
    course_id                   BIGINT        NOT NULL,
    number                      INT           NOT NULL,
    state                       VARCHAR(16)   NOT NULL,
    title                       VARCHAR(200)  NOT NULL,
    summary                     VARCHAR(500)  NOT NULL,
    description                 TEXT          NULL,
    format                      VARCHAR(16)   NOT NULL,
    theme_code                  VARCHAR(40)   NULL,
    programme_line              VARCHAR(24)   NULL,
    study_hours                 DECIMAL(5, 1) NULL,
    language                    VARCHAR(8)    NOT NULL,
    certificate                 BOOLEAN       NOT NULL,
    certificate_validity_months INT           NULL,
    created_at                  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_course_version_number UNIQUE (course_id, number),
    CONSTRAINT fk_course_version_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_version_theme FOREIGN KEY (theme_code) REFERENCES theme (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

ALTER TABLE course ADD CONSTRAINT fk_course_published_version FOREIGN KEY (published_version_id) REFERENCES course_version (id);

CREATE TABLE course_version_audience (
    course_version_id  BIGINT      NOT NULL,
    audience           VARCHAR(24) NOT NULL,
    PRIMARY KEY (course_version_id, audience),
    CONSTRAINT fk_audience_version FOREIGN KEY (course_version_id) REFERENCES course_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE course_module (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    course_version_id  BIGINT       NOT NULL,
    position           INT          NOT NULL,
    title              VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_module_version FOREIGN KEY (course_version_id) REFERENCES course_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_module_version ON course_module (course_version_id, position);

CREATE TABLE lesson (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    module_id     BIGINT        NOT NULL,
    position      INT           NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    kind          VARCHAR(8)    NOT NULL,
    required      BOOLEAN       NOT NULL,
    body          TEXT          NULL,
    video_url     VARCHAR(500)  NULL,
    pass_mark     INT           NULL,
    max_attempts  INT           NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lesson_module FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_lesson_module ON lesson (module_id, position);

CREATE TABLE quiz_question (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    lesson_id  BIGINT        NOT NULL,
    position   INT           NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    kind       VARCHAR(12)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_question_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_question_lesson ON quiz_question (lesson_id, position);

CREATE TABLE quiz_option (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    question_id  BIGINT        NOT NULL,
    position     INT           NOT NULL,
    text         VARCHAR(500)  NOT NULL,
    correct      BOOLEAN       NOT NULL,
    feedback     VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_option_question FOREIGN KEY (question_id) REFERENCES quiz_question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_option_question ON quiz_option (question_id, position);

CREATE TABLE course_publication (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    course_id       BIGINT      NOT NULL,
    version_number  INT         NOT NULL,
    action          VARCHAR(16) NOT NULL,
    account_id      BIGINT      NOT NULL,
    happened_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_publication_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_publication_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_publication_course ON course_publication (course_id, happened_at);

-- The catalogue: one row per published course with the fields it is filtered and sorted on, and its search
-- terms (lower-cased, accents removed). A query word matches a term by prefix, which the index on
-- (term, course_id) answers with a range scan.
CREATE TABLE catalogue_entry (
    course_id       BIGINT       NOT NULL,
    title_key       VARCHAR(200) NOT NULL,
    format          VARCHAR(16)  NOT NULL,
    theme_code      VARCHAR(40)  NULL,
    programme_line  VARCHAR(24)  NULL,
    published_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (course_id),
    CONSTRAINT fk_catalogue_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_catalogue_title ON catalogue_entry (title_key, course_id);
CREATE INDEX ix_catalogue_published ON catalogue_entry (published_at, course_id);
CREATE INDEX ix_catalogue_format ON catalogue_entry (format, title_key);
CREATE INDEX ix_catalogue_theme ON catalogue_entry (theme_code, title_key);

CREATE TABLE catalogue_audience (
    course_id  BIGINT      NOT NULL,
    audience   VARCHAR(24) NOT NULL,
    PRIMARY KEY (audience, course_id),
    CONSTRAINT fk_catalogue_audience_entry FOREIGN KEY (course_id) REFERENCES catalogue_entry (course_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE catalogue_term (
    term       VARCHAR(64) NOT NULL,
    course_id  BIGINT      NOT NULL,
    PRIMARY KEY (term, course_id),
    CONSTRAINT fk_catalogue_term_entry FOREIGN KEY (course_id) REFERENCES catalogue_entry (course_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_catalogue_term_course ON catalogue_term (course_id);
