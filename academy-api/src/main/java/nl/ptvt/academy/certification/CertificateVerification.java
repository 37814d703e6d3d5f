package nl.ptvt.academy.certification;

import java.time.LocalDate;

/**
 * What anyone holding a code may learn: no more than the certificate itself says. {@code expiresOn} is null when the
 * certificate does not expire, {@code revocationReason} unless it is revoked.
 */
public record CertificateVerification(String code, CertificateStatus status, String holderName, String courseTitle,
                                      int courseVersion, String themeName, java.math.BigDecimal studyHours,
                                      LocalDate completedOn, LocalDate issuedOn, LocalDate expiresOn,
                                      String revocationReason) {
}
