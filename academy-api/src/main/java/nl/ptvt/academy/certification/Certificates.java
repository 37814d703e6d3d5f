package nl.ptvt.academy.certification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.ptvt.academy.job.JobView;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/**
 * Certificates as people use them: the holder's own, the public verification of a code, and the administrator's
 * manual issue, revocation and reissue. Issuing on completion and attendance happens by itself (CDI events).
 */
public interface Certificates {

    /** The caller's certificates, newest first, the superseded ones left out. */
    List<MyCertificate> mine();

    /** What the caller's certificate with this code says (for its PDF and badge); another person's code is not found. */
    CertificateDocument myDocument(@NotNull String code);

    /** Public: the certificate with this code as it stands today; an unknown code is not found. */
    CertificateVerification verify(@NotNull String code);

    /** An administrator revokes a valid certificate, with a reason; revoking it again changes nothing. */
    CertificateVerification revoke(@NotNull String code, @NotNull @Valid Revocation revocation);

    /**
     * An administrator reissues a valid certificate, e.g. after the holder's name changed: a new certificate with a
     * new code says the same with the account's current name; the old one is superseded and keeps its history.
     */
    CourseCertificate reissue(@NotNull String code, @NotNull @Valid Revocation reason);

    /**
     * A trainer of the session or an administrator issues the certificates its attendees have earned and do not hold
     * yet (e.g. attendance recorded before certificates existed, or an issue that failed); only for a course that leads
     * to a certificate. Runs in the background, one transaction per attendee; issuing again issues nothing new.
     */
    JobView startIssueForSession(long sessionId);

    /** An administrator issues a certificate for the course; refused while the person holds a valid one. */
    CourseCertificate issue(long courseId, @NotNull @Valid ManualIssue issue);

    /**
     * What the course's valid certificates (also expired ones, not revoked or superseded ones) say, oldest first, paged
     * in the database, for a ZIP of their PDFs; for its authors and administrators.
     */
    Page<CertificateDocument> courseDocuments(long courseId, @NotNull @Valid PageRequest page);

    /**
     * What the valid certificates (also expired ones) earned at a session say, oldest first, paged in the database, for
     * a ZIP; for administrators.
     */
    Page<CertificateDocument> sessionDocuments(long sessionId, @NotNull @Valid PageRequest page);

    /** The course's certificates, newest first, paged in the database; for its authors and administrators. */
    Page<CourseCertificate> ofCourse(long courseId, @NotNull @Valid PageRequest page);
}
