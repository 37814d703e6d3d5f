package nl.ptvt.academy.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.ptvt.academy.certification.domain.Certificate;
import nl.ptvt.academy.certification.domain.CertificateRepository;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public Optional<Certificate> findByCode(String code) {
        return byCode(code, LockModeType.NONE);
    }

    @Override
    public Optional<Certificate> findByCodeForUpdate(String code) {
        return byCode(code, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<Certificate> byCode(String code, LockModeType lock) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.code = :code", Certificate.class)
                .setParameter("code", code).setLockMode(lock).getResultStream().findFirst();
    }

    @Override
    public Optional<Certificate> currentForUpdate(long accountId, long courseId) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.currentKey = :key", Certificate.class)
                .setParameter("key", Certificate.currentKey(accountId, courseId))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Certificate add(Certificate certificate) {
        em.persist(certificate);
        em.flush();
        return certificate;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Certificate> dueForRenewalReminder(java.time.LocalDate from, java.time.LocalDate to, long afterId, int size) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.status = nl.ptvt.academy.certification.CertificateStatus.VALID "
                        + "AND c.expiresOn BETWEEN :from AND :to AND c.renewalRemindedAt IS NULL AND c.id > :after ORDER BY c.id",
                        Certificate.class)
                .setParameter("from", from).setParameter("to", to).setParameter("after", afterId)
                .setMaxResults(size).getResultList();
    }

    @Override
    public boolean markRenewalReminded(long certificateId, java.time.Instant now) {
        return em.createQuery("UPDATE Certificate c SET c.renewalRemindedAt = :now WHERE c.id = :id AND c.renewalRemindedAt IS NULL")
                .setParameter("now", now).setParameter("id", certificateId).executeUpdate() == 1;
    }

    @Override
    public List<Certificate> ofAccount(long accountId) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.accountId = :account "
                        + "AND c.status <> nl.ptvt.academy.certification.CertificateStatus.SUPERSEDED "
                        + "ORDER BY c.issuedAt DESC, c.id DESC", Certificate.class)
                .setParameter("account", accountId).getResultList();
    }

    @Override
    public Page<Certificate> validOfCourse(long courseId, PageRequest page) {
        List<Certificate> items = em.createQuery("SELECT c FROM Certificate c WHERE c.courseId = :course "
                        + "AND c.status = nl.ptvt.academy.certification.CertificateStatus.VALID ORDER BY c.id", Certificate.class)
                .setParameter("course", courseId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(c) FROM Certificate c WHERE c.courseId = :course "
                        + "AND c.status = nl.ptvt.academy.certification.CertificateStatus.VALID", Long.class)
                .setParameter("course", courseId).getSingleResult();
        return Page.of(items, page, total);
    }

    @Override
    public Page<Certificate> validOfSession(long sessionId, PageRequest page) {
        // the session's bookings by their index (session_id), then their certificates by booking_id
        String valid = "FROM Certificate c WHERE c.status = nl.ptvt.academy.certification.CertificateStatus.VALID "
                + "AND c.bookingId IN (SELECT b.id FROM Booking b WHERE b.sessionId = :session)";
        List<Certificate> items = em.createQuery("SELECT c " + valid + " ORDER BY c.id", Certificate.class)
                .setParameter("session", sessionId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(c) " + valid, Long.class).setParameter("session", sessionId).getSingleResult();
        return Page.of(items, page, total);
    }

    @Override
    public Page<Certificate> ofCourse(long courseId, PageRequest page) {
        List<Certificate> items = em.createQuery("SELECT c FROM Certificate c WHERE c.courseId = :course ORDER BY c.id DESC",
                        Certificate.class)
                .setParameter("course", courseId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(c) FROM Certificate c WHERE c.courseId = :course", Long.class)
                .setParameter("course", courseId).getSingleResult();
        return Page.of(items, page, total);
    }
}
