package nl.ptvt.academy.certification.domain;

import java.util.List;
import java.util.Optional;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/** Where certificates are kept. */
public interface CertificateRepository {

    Optional<Certificate> findByCode(String code);

    /** The certificate, its row locked until the transaction ends (revocation, reissue). */
    Optional<Certificate> findByCodeForUpdate(String code);

    /** The person's valid certificate of the course (also when expired), its row locked; at most one exists. */
    Optional<Certificate> currentForUpdate(long accountId, long courseId);

    /**
     * Stores the certificate and writes it at once, so that a parallel issue for the same person and course (or,
     * never in practice, the same code) fails here on the unique key rather than at commit.
     */
    Certificate add(Certificate certificate);

    /** Writes pending changes now (a superseded certificate must give up its key before its successor is added). */
    void flush();

    /**
     * Valid certificates not reminded yet whose expiry date is between {@code from} and {@code to} (both included),
     * with an id above {@code afterId}, by id; at most {@code size}.
     */
    List<Certificate> dueForRenewalReminder(java.time.LocalDate from, java.time.LocalDate to, long afterId, int size);

    /**
     * Marks the certificate as reminded unless it was (by another instance at the same moment): true when this call
     * marked it. A conditional update, so two passes never both remind.
     */
    boolean markRenewalReminded(long certificateId, java.time.Instant now);

    /** The person's certificates that are not superseded, newest first. */
    List<Certificate> ofAccount(long accountId);

    /** A course's certificates that are VALID (also when expired), oldest first, paged in the database. */
    Page<Certificate> validOfCourse(long courseId, PageRequest page);

    /** The VALID certificates (also when expired) earned by attending a session, oldest first, paged in the database. */
    Page<Certificate> validOfSession(long sessionId, PageRequest page);

    /** A course's certificates, newest first, paged in the database. */
    Page<Certificate> ofCourse(long courseId, PageRequest page);
}
