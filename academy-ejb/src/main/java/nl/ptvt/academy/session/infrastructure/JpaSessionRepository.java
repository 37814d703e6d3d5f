package nl.ptvt.academy.session.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ptvt.academy.session.SessionFilter;
import nl.ptvt.academy.session.SessionStatus;
import nl.ptvt.academy.session.domain.SessionRepository;
import nl.ptvt.academy.session.domain.TrainingSession;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public Optional<TrainingSession> findById(long id) {
        return Optional.ofNullable(em.find(TrainingSession.class, id));
    }

    @Override
    public Optional<TrainingSession> findByIdForUpdate(long id) {
        return Optional.ofNullable(em.find(TrainingSession.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public TrainingSession add(TrainingSession session) {
        em.persist(session);
        em.flush();
        return session;
    }

    @Override
    public Page<TrainingSession> search(SessionFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>(List.of("s.status = :status"));
        Map<String, Object> parameters = new HashMap<>(Map.of("status", SessionStatus.SCHEDULED));
        if (filter.courseId() != null) {
            conditions.add("s.courseId = :courseId");
            parameters.put("courseId", filter.courseId());
        }
        if (filter.province() != null) {
            conditions.add("s.venueProvince = :province");
            parameters.put("province", filter.province());
        }
        if (filter.theme() != null) {
            // the theme of the course's published version, as the catalogue keeps it
            conditions.add("s.courseId IN (SELECT e.courseId FROM CatalogueEntry e WHERE e.themeCode = :theme)");
            parameters.put("theme", filter.theme());
        }
        if (filter.from() != null) {
            conditions.add("s.startsAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("s.startsAt < :to");
            parameters.put("to", filter.to());
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        TypedQuery<TrainingSession> rows = em.createQuery("SELECT s FROM TrainingSession s" + where
                + " ORDER BY s.startsAt, s.id", TrainingSession.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM TrainingSession s" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<TrainingSession> items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, count.getSingleResult());
    }

    @Override
    public List<TrainingSession> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM TrainingSession s WHERE s.id IN :ids", TrainingSession.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    @Override
    public List<TrainingSession> ofTrainer(Long trainerId, Instant from, int limit) {
        String mine = trainerId == null ? "" : " AND :trainer MEMBER OF s.trainerIds";
        TypedQuery<TrainingSession> query = em.createQuery("SELECT s FROM TrainingSession s WHERE s.startsAt >= :from" + mine
                + " ORDER BY s.startsAt, s.id", TrainingSession.class).setParameter("from", from);
        if (trainerId != null) {
            query.setParameter("trainer", trainerId);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
