package nl.ptvt.academy.certification.application;

import java.time.LocalDate;
import nl.ptvt.academy.certification.CertificateDocument;
import nl.ptvt.academy.certification.CertificateStatus;
import nl.ptvt.academy.certification.CertificateVerification;
import nl.ptvt.academy.certification.CourseCertificate;
import nl.ptvt.academy.certification.MyCertificate;
import nl.ptvt.academy.certification.domain.Certificate;

/** Certificates as the contract shows them; dates in Dutch calendar days. */
final class CertificateAssembler {

    private CertificateAssembler() {
    }

    static MyCertificate mine(Certificate certificate, LocalDate today) {
        return new MyCertificate(certificate.code(), certificate.courseId(), certificate.courseTitle(), issuedOn(certificate),
                certificate.expiresOn().orElse(null), certificate.statusOn(today));
    }

    static CertificateVerification verification(Certificate certificate, LocalDate today) {
        CertificateStatus status = certificate.statusOn(today);
        return new CertificateVerification(certificate.code(), status, certificate.holderName(), certificate.courseTitle(),
                certificate.courseVersionNumber(), certificate.themeName().orElse(null), certificate.studyHours().orElse(null),
                certificate.completedOn(), issuedOn(certificate), certificate.expiresOn().orElse(null),
                status == CertificateStatus.REVOKED ? certificate.revocationReason().orElse(null) : null);
    }

    static CourseCertificate ofCourse(Certificate certificate, LocalDate today) {
        return new CourseCertificate(certificate.code(), certificate.accountId(), certificate.holderName(),
                certificate.courseVersionNumber(), certificate.completedOn(), issuedOn(certificate),
                certificate.expiresOn().orElse(null), certificate.statusOn(today), certificate.source());
    }

    /**
     * @param holderEmail       the holder's address now (only hashed into the badge)
     * @param courseDescription the summary of the certified course version
     */
    static CertificateDocument document(Certificate certificate, String holderEmail, String courseDescription,
                                        String courseSlug, String baseUrl) {
        return new CertificateDocument(certificate.code(), certificate.id(), certificate.holderName(), holderEmail,
                certificate.language(), certificate.courseId(), certificate.courseTitle(), certificate.courseVersionNumber(),
                courseDescription, certificate.themeName().orElse(null), certificate.studyHours().orElse(null),
                certificate.completedOn(), certificate.issuedAt(), certificate.expiresOn().orElse(null),
                baseUrl + "/cursus/" + courseSlug, verificationUrl(baseUrl, certificate.code()));
    }

    static String verificationUrl(String baseUrl, String code) {
        return baseUrl + "/certificaat/" + code;
    }

    private static LocalDate issuedOn(Certificate certificate) {
        return LocalDate.ofInstant(certificate.issuedAt(), CertificateIssuing.ZONE);
    }
}
