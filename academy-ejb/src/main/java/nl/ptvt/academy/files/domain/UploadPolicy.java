package nl.ptvt.academy.files.domain;

import java.util.Set;
import nl.ptvt.academy.shared.BusinessRuleException;

/**
 * What the Academy accepts as an upload: toolbox material (PDF, PowerPoint, Word, Excel), images (PNG, JPEG) and
 * MP4 video, up to a size limit. The type is the one detected from the bytes, never the client's claim.
 */
public record UploadPolicy(long maxBytes) {

    public static final int DEFAULT_MAX_MEGABYTES = 50;

    private static final Set<String> ALLOWED_TYPES = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "image/png",
            "image/jpeg",
            "video/mp4");

    public UploadPolicy {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The upload limit must be positive");
        }
    }

    public static UploadPolicy ofMegabytes(long megabytes) {
        return new UploadPolicy(megabytes * 1024 * 1024);
    }

    public static Set<String> allowedTypes() {
        return ALLOWED_TYPES;
    }

    /** Whether a file of this many bytes may still be accepted (checked while reading, so a big file is cut off). */
    public void checkSize(long bytes) {
        if (bytes > maxBytes) {
            throw new BusinessRuleException("file.too-large",
                    "Files may be at most " + maxBytes / (1024 * 1024) + " MB (" + maxBytes + " bytes)");
        }
    }

    /** @param detectedType the media type detected from the content, without parameters */
    public void checkType(String detectedType) {
        if (detectedType == null || !ALLOWED_TYPES.contains(detectedType)) {
            throw new BusinessRuleException("file.type-not-allowed", "Files of type " + detectedType
                    + " are not accepted; allowed are PDF, PowerPoint, Word, Excel, PNG, JPEG and MP4");
        }
    }
}
