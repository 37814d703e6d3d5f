package nl.ptvt.academy.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything a certificate's PDF and its Open Badges 3.0 credential say, as it was on issue. The documents are made
 * from this alone, so they never depend on later changes to the course or the account.
 *
 * @param code             the public verification code (in {@code verificationUrl})
 * @param statusIndex      the certificate's place in the Academy's revocation status list (its database id)
 * @param holderEmail      only to derive the credential's salted identity hash; never printed
 * @param language         {@code nl} or {@code en}: the language of the PDF
 * @param themeName        in {@code language}; null when the course has no theme
 * @param studyHours       null when the course states none
 * @param expiresOn        null when the certificate does not expire
 * @param courseUrl        the course's public page (the Achievement's id)
 * @param verificationUrl  the public page {@code /certificaat/{code}} (in the QR code)
 */
public record CertificateDocument(String code, long statusIndex, String holderName, String holderEmail, String language,
                                  long courseId, String courseTitle, int courseVersion, String courseDescription,
                                  String themeName, BigDecimal studyHours, LocalDate completedOn, Instant issuedAt,
                                  LocalDate expiresOn, String courseUrl, String verificationUrl) {

    public CertificateDocument {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(holderEmail, "holderEmail");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(courseTitle, "courseTitle");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(courseUrl, "courseUrl");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
    }
}
