package nl.ptvt.academy.session.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.SessionStatus;
import nl.ptvt.academy.session.domain.Addressee;
import nl.ptvt.academy.session.domain.Booking;
import nl.ptvt.academy.session.domain.BookingRepository;
import nl.ptvt.academy.session.domain.DueReminder;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

@ApplicationScoped
public class JpaBookingRepository implements BookingRepository {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public Optional<Booking> findByIdForUpdate(long id) {
        return Optional.ofNullable(em.find(Booking.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Long> sessionOf(long bookingId) {
        return em.createQuery("SELECT b.sessionId FROM Booking b WHERE b.id = :id", Long.class)
                .setParameter("id", bookingId).getResultStream().findFirst();
    }

    @Override
    public Optional<Booking> find(long sessionId, long accountId) {
        return ofPerson(sessionId, accountId, LockModeType.NONE);
    }

    @Override
    public Optional<Booking> findForUpdate(long sessionId, long accountId) {
        return ofPerson(sessionId, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<Booking> ofPerson(long sessionId, long accountId, LockModeType lock) {
        return em.createQuery("SELECT b FROM Booking b WHERE b.sessionId = :session AND b.accountId = :account", Booking.class)
                .setParameter("session", sessionId).setParameter("account", accountId)
                .setLockMode(lock).getResultStream().findFirst();
    }

    @Override
    public Optional<Booking> firstWaitingForUpdate(long sessionId) {
        return em.createQuery("SELECT b FROM Booking b WHERE b.sessionId = :session AND b.status = :waiting "
                        + "ORDER BY b.waitlistSequence", Booking.class)
                .setParameter("session", sessionId).setParameter("waiting", BookingStatus.WAITLISTED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public int activeOfOrganisation(long sessionId, long organisationId) {
        // a JPQL query flushes this transaction's bookings first, so a group booking counts its own earlier lines
        return em.createQuery("SELECT COUNT(b) FROM Booking b, Account a WHERE a.id = b.accountId "
                        + "AND b.sessionId = :session AND a.organisationId = :organisation AND b.status IN :active", Long.class)
                .setParameter("session", sessionId).setParameter("organisation", organisationId)
                .setParameter("active", List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED))
                .getSingleResult().intValue();
    }

    @Override
    public List<Booking> activeOf(long sessionId, Long organisationId) {
        String ofOrganisation = organisationId == null ? ""
                : " AND b.accountId IN (SELECT a.id FROM Account a WHERE a.organisationId = :organisation)";
        var query = em.createQuery("SELECT b FROM Booking b WHERE b.sessionId = :session AND b.status IN :active"
                        + ofOrganisation + " ORDER BY b.status, b.waitlistSequence, b.createdAt, b.id", Booking.class)
                .setParameter("session", sessionId)
                .setParameter("active", List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED));
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        return query.getResultList();
    }

    @Override
    public Booking add(Booking booking) {
        em.persist(booking);
        em.flush();
        return booking;
    }

    @Override
    public int waitlistPosition(Booking booking) {
        if (booking.status() != BookingStatus.WAITLISTED) {
            throw new IllegalArgumentException("Booking " + booking.id() + " is not waiting");
        }
        return em.createQuery("SELECT COUNT(b) FROM Booking b WHERE b.sessionId = :session AND b.status = :waiting "
                        + "AND b.waitlistSequence <= :sequence", Long.class)
                .setParameter("session", booking.sessionId()).setParameter("waiting", BookingStatus.WAITLISTED)
                .setParameter("sequence", booking.waitlistSequence()).getSingleResult().intValue();
    }

    @Override
    public List<Long> confirmedSessionsOf(long accountId, Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT b.sessionId FROM Booking b WHERE b.accountId = :account AND b.status = :confirmed"
                        + " AND b.sessionId IN :sessions", Long.class)
                .setParameter("account", accountId).setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("sessions", List.copyOf(sessionIds)).getResultList();
    }

    @Override
    public Page<Booking> ofAccount(long accountId, PageRequest page) {
        var items = em.createQuery("SELECT b FROM Booking b WHERE b.accountId = :account ORDER BY b.createdAt DESC, b.id DESC",
                        Booking.class)
                .setParameter("account", accountId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(b) FROM Booking b WHERE b.accountId = :account", Long.class)
                .setParameter("account", accountId).getSingleResult();
        return Page.of(items, page, total);
    }

    @Override
    public List<Booking> activeOf(long sessionId) {
        return em.createQuery("SELECT b FROM Booking b WHERE b.sessionId = :session AND b.status IN :active ORDER BY b.id", Booking.class)
                .setParameter("session", sessionId).setParameter("active", List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED))
                .getResultList();
    }

    @Override
    public List<Booking> waitingForUpdate(long sessionId) {
        return em.createQuery("SELECT b FROM Booking b WHERE b.sessionId = :session AND b.status = :waiting "
                        + "ORDER BY b.waitlistSequence", Booking.class)
                .setParameter("session", sessionId).setParameter("waiting", BookingStatus.WAITLISTED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public Map<Long, Addressee> addresseesOf(Collection<Booking> bookings) {
        List<Long> accounts = bookings.stream().map(Booking::accountId).distinct().toList();
        if (accounts.isEmpty()) {
            return Map.of();
        }
        Map<Long, Addressee> found = new HashMap<>();
        em.createQuery("SELECT a.id, a.email, a.name FROM Account a WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", accounts).getResultList()
                .forEach(row -> found.put((Long) row[0], new Addressee((Long) row[0], (String) row[1], (String) row[2])));
        return found;
    }

    @Override
    public List<DueReminder> confirmedStartingBetween(Instant from, Instant until, long afterBookingId, int limit) {
        return em.createQuery("SELECT b.id, s.id, s.startsAt, a.id, a.email, a.name FROM Booking b, TrainingSession s, Account a"
                        + " WHERE s.id = b.sessionId AND a.id = b.accountId AND s.status = :scheduled AND b.status = :confirmed"
                        + " AND s.startsAt > :from AND s.startsAt <= :until AND b.id > :after ORDER BY b.id", Object[].class)
                .setParameter("scheduled", SessionStatus.SCHEDULED).setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("from", from).setParameter("until", until).setParameter("after", afterBookingId)
                .setMaxResults(limit).getResultList().stream()
                .map(row -> new DueReminder((Long) row[0], (Long) row[1], (Instant) row[2],
                        new Addressee((Long) row[3], (String) row[4], (String) row[5])))
                .toList();
    }
}
