package nl.ptvt.academy.certification.domain;

import nl.ptvt.academy.certification.CertificateSource;
import nl.ptvt.academy.shared.BusinessRuleException;

/**
 * Where a certificate comes from, kept for audit: the completed enrolment, the attended booking, or the administrator
 * and their reason.
 */
public record IssueReason(CertificateSource source, Long enrolmentId, Long bookingId, Long issuedBy, String reason) {

    public static final int MAX_REASON_LENGTH = 500;

    public static IssueReason completion(long enrolmentId) {
        return new IssueReason(CertificateSource.COMPLETION, enrolmentId, null, null, null);
    }

    public static IssueReason attendance(long bookingId) {
        return new IssueReason(CertificateSource.ATTENDANCE, null, bookingId, null, null);
    }

    public static IssueReason manual(long administratorId, String reason) {
        return new IssueReason(CertificateSource.MANUAL, null, null, administratorId, required(reason, "certificate.reason-required"));
    }

    public boolean automatic() {
        return source != CertificateSource.MANUAL;
    }

    static String required(String reason, String code) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException(code, "A reason is required");
        }
        String stripped = reason.strip();
        if (stripped.length() > MAX_REASON_LENGTH) {
            throw new BusinessRuleException(code, "A reason has at most " + MAX_REASON_LENGTH + " characters");
        }
        return stripped;
    }
}
