package nl.ptvt.academy.catalogue.domain;

import java.util.Set;
import nl.ptvt.academy.shared.BusinessRuleException;

/**
 * The picture shown with a course in the catalogue and on its page: an uploaded PNG or JPEG file with the text
 * that replaces it for people who cannot see it (WCAG 1.1.1). Part of a version's content, so it changes with
 * the draft and a published version keeps the image it was published with.
 */
public record CourseImage(long fileId, String alt) {

    public static final int MAX_ALT_LENGTH = 250;
    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg");

    public CourseImage {
        if (alt == null || alt.isBlank()) {
            throw new BusinessRuleException("course.image-alt-required", "A course image needs an alternative text (imageAlt)");
        }
        alt = alt.strip();
        if (alt.length() > MAX_ALT_LENGTH) {
            throw new BusinessRuleException("course.image-alt-too-long",
                    "The alternative text of a course image can be at most " + MAX_ALT_LENGTH + " characters");
        }
    }

    /**
     * @param detectedType the type detected from the stored file's bytes, never the one a client claimed
     */
    public static CourseImage of(long fileId, String detectedType, String alt) {
        if (detectedType == null || !IMAGE_TYPES.contains(detectedType)) {
            throw new BusinessRuleException("course.image-type",
                    "A course image must be a PNG or JPEG file; file " + fileId + " is " + detectedType);
        }
        return new CourseImage(fileId, alt);
    }
}
