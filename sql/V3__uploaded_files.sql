-- Uploaded files: the downloadable material of FILE lessons. The bytes live in the data folder under
-- files/<storage_key> (a random key, never the uploader's file name); this table describes them. A row never
-- changes after the upload, so it has no optimistic-lock version.

CREATE TABLE uploaded_file (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    storage_key    VARCHAR(64)   NOT NULL,
    original_name  VARCHAR(255)  NOT NULL,
    -- detected from the bytes, not taken from the client
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    uploaded_by    BIGINT        NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_uploaded_file_storage_key UNIQUE (storage_key),
    CONSTRAINT fk_uploaded_file_account FOREIGN KEY (uploaded_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

ALTER TABLE lesson ADD COLUMN file_id BIGINT NULL;

ALTER TABLE lesson ADD CONSTRAINT fk_lesson_file FOREIGN KEY (file_id) REFERENCES uploaded_file (id);
