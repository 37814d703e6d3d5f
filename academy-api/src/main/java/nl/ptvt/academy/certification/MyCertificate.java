package nl.ptvt.academy.certification;

import java.time.LocalDate;

/** One of the caller's certificates ("mijn certificaten"); {@code expiresOn} is null when it does not expire. */
public record MyCertificate(String code, long courseId, String courseTitle, LocalDate issuedOn, LocalDate expiresOn,
                            CertificateStatus status) {
}
