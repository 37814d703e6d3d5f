-- Course settings: the course's picture and unique theme names.
-- The picture is content, so it belongs to a version: a new draft copies it, and a published version keeps the
-- picture it was published with. image_alt is the text that replaces it for people who cannot see it (WCAG);
-- the application requires it whenever there is an image.

ALTER TABLE course_version ADD COLUMN image_file_id BIGINT NULL;

ALTER TABLE course_version ADD COLUMN image_alt VARCHAR(250) NULL;

ALTER TABLE course_version ADD CONSTRAINT fk_course_version_image FOREIGN KEY (image_file_id) REFERENCES uploaded_file (id);

-- Administrators add themes (appended after the six of V2); two themes with one name would be indistinguishable.
ALTER TABLE theme ADD CONSTRAINT uk_theme_name_nl UNIQUE (name_nl);

ALTER TABLE theme ADD CONSTRAINT uk_theme_name_en UNIQUE (name_en);
