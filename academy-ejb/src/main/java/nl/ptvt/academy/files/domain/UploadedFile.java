package nl.ptvt.academy.files.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A file an author uploaded. Its bytes are in the data folder under {@link #storageKey()}; the row never changes
 * after the upload, which is why it has no optimistic-lock version.
 */
@Entity
@Table(name = "uploaded_file")
public class UploadedFile {

    static final int MAX_NAME_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "storage_key", nullable = false, length = 64, updatable = false)
    private String storageKey;

    @Column(name = "original_name", nullable = false, length = MAX_NAME_LENGTH, updatable = false)
    private String originalName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected UploadedFile() {
    }

    public UploadedFile(String storageKey, String originalName, String contentType, long sizeBytes, String sha256,
                        long uploadedBy, Instant uploadedAt) {
        this.storageKey = Objects.requireNonNull(storageKey);
        this.originalName = FileNames.display(originalName);
        this.contentType = Objects.requireNonNull(contentType);
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public Long id() {
        return id;
    }

    public String storageKey() {
        return storageKey;
    }

    public String originalName() {
        return originalName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public long uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UploadedFile file && id != null && id.equals(file.id);
    }

    @Override
    public int hashCode() {
        return UploadedFile.class.hashCode();
    }
}
