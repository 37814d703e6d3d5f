package nl.ptvt.academy.certification;

import java.time.LocalDate;

/** A certificate in a course's list, for its authors and administrators. */
public record CourseCertificate(String code, long accountId, String holderName, int courseVersion, LocalDate completedOn,
                                LocalDate issuedOn, LocalDate expiresOn, CertificateStatus status, CertificateSource source) {
}
