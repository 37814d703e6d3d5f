package nl.ptvt.academy.certification.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The course version a certificate is about, as the certification feature needs it (taken from the catalogue by id).
 *
 * @param currentVersion   whether this is the course's published version (renewal needs the current version)
 * @param validityMonths   null when certificates of this course do not expire
 * @param language         nl or en: the language of the certificate
 */
public record CertifiedCourse(long courseId, long courseVersionId, String title, int versionNumber, String themeNameNl,
                              String themeNameEn, BigDecimal studyHours, String language, boolean leadsToCertificate,
                              Integer validityMonths, boolean currentVersion) {

    public CertifiedCourse {
        Objects.requireNonNull(title, "title");
        language = "en".equalsIgnoreCase(language) ? "en" : "nl";
        if (validityMonths != null && validityMonths < 1) {
            throw new IllegalArgumentException("A validity is at least one month");
        }
    }
}
