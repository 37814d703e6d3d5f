package nl.ptvt.academy.enrolment.infrastructure;

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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.enrolment.domain.Enrolment;
import nl.ptvt.academy.enrolment.domain.EnrolmentRepository;
import nl.ptvt.academy.enrolment.domain.LearnerLine;
import nl.ptvt.academy.enrolment.domain.LearnerQuery;
import nl.ptvt.academy.enrolment.domain.LessonCompletion;
import nl.ptvt.academy.enrolment.domain.LessonCount;
import nl.ptvt.academy.enrolment.domain.QuizAttempt;
import nl.ptvt.academy.enrolment.domain.QuizTally;
import nl.ptvt.academy.enrolment.domain.StatusCount;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.infrastructure.Jpql;

@ApplicationScoped
public class JpaEnrolmentRepository implements EnrolmentRepository {

    /** The columns of a report row, read as values (no managed entities, so a long export does not pile them up). */
    private static final String LEARNER_COLUMNS = "e.id, e.courseId, e.courseVersionId, e.accountId, a.name, a.email, "
            + "a.organisationId, e.status, e.lessonsDone, e.lessonsRequired, e.requestedAt, e.activatedAt, "
            + "e.firstActivityAt, e.lastActivityAt, e.completedAt";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public Optional<Enrolment> findById(long id) {
        return Optional.ofNullable(em.find(Enrolment.class, id));
    }

    @Override
    public Optional<Enrolment> findByIdForUpdate(long id) {
        return Optional.ofNullable(em.find(Enrolment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Long> findId(long courseId, long accountId) {
        return em.createQuery("SELECT e.id FROM Enrolment e WHERE e.courseId = :course AND e.accountId = :account", Long.class)
                .setParameter("course", courseId).setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    @Override
    public Enrolment add(Enrolment enrolment) {
        em.persist(enrolment);
        em.flush();
        return enrolment;
    }

    @Override
    public Page<Enrolment> ofAccount(long accountId, EnrolmentStatus status, PageRequest page) {
        String where = " WHERE e.accountId = :account" + (status == null ? "" : " AND e.status = :status");
        TypedQuery<Enrolment> items = em.createQuery("SELECT e FROM Enrolment e" + where
                + " ORDER BY COALESCE(e.lastActivityAt, e.requestedAt) DESC, e.id DESC", Enrolment.class);
        TypedQuery<Long> total = em.createQuery("SELECT COUNT(e) FROM Enrolment e" + where, Long.class);
        items.setParameter("account", accountId);
        total.setParameter("account", accountId);
        if (status != null) {
            items.setParameter("status", status);
            total.setParameter("status", status);
        }
        return Page.of(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page, total.getSingleResult());
    }

    @Override
    public Optional<LessonCompletion> findCompletion(long enrolmentId, long lessonId) {
        return Optional.ofNullable(em.find(LessonCompletion.class, new LessonCompletion.Key(enrolmentId, lessonId)));
    }

    @Override
    public void addCompletion(LessonCompletion completion) {
        em.persist(completion);
        em.flush();
    }

    @Override
    public List<LessonCompletion> completions(long enrolmentId) {
        return em.createQuery("SELECT c FROM LessonCompletion c WHERE c.enrolmentId = :enrolment", LessonCompletion.class)
                .setParameter("enrolment", enrolmentId).getResultList();
    }

    @Override
    public List<QuizAttempt> attempts(long enrolmentId) {
        return em.createQuery("SELECT a FROM QuizAttempt a WHERE a.enrolmentId = :enrolment ORDER BY a.lessonId, a.attemptNumber",
                        QuizAttempt.class)
                .setParameter("enrolment", enrolmentId).getResultList();
    }

    @Override
    public Optional<QuizAttempt> findAttempt(long enrolmentId, long lessonId, int attemptNumber) {
        return em.createQuery("SELECT a FROM QuizAttempt a WHERE a.enrolmentId = :enrolment AND a.lessonId = :lesson"
                        + " AND a.attemptNumber = :number", QuizAttempt.class)
                .setParameter("enrolment", enrolmentId).setParameter("lesson", lessonId).setParameter("number", attemptNumber)
                .getResultStream().findFirst();
    }

    @Override
    public QuizAttempt addAttempt(QuizAttempt attempt) {
        em.persist(attempt);
        em.flush();
        return attempt;
    }

    /**
     * Two steps, so that the database sorts and skips narrow rows: the ids of the page (joining the accounts only to
     * filter or sort by them), then the report columns of just those enrolments by primary key. The total counts
     * enrolments alone unless an account filter needs the join.
     */
    @Override
    public Page<LearnerLine> learners(LearnerQuery query, PageRequest page) {
        LearnerSelection selection = new LearnerSelection(query);
        TypedQuery<Long> total = em.createQuery("SELECT COUNT(e)" + selection.fromWhere(false), Long.class);
        selection.parameters.forEach(total::setParameter);
        List<Long> ids = selection.ids(em).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(learnerLines(ids), page, total.getSingleResult());
    }

    @Override
    public List<Long> learnerIds(LearnerQuery query) {
        return new LearnerSelection(query).ids(em).getResultList();
    }

    @Override
    public List<LearnerLine> learnerLines(List<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        Map<Long, LearnerLine> lines = em.createQuery("SELECT " + LEARNER_COLUMNS + " FROM Enrolment e, Account a"
                        + " WHERE a.id = e.accountId AND e.id IN :ids", Object[].class)
                .setParameter("ids", enrolmentIds).getResultList().stream().map(JpaEnrolmentRepository::learnerLine)
                .collect(Collectors.toMap(LearnerLine::enrolmentId, Function.identity()));
        return enrolmentIds.stream().map(lines::get).filter(Objects::nonNull).toList();
    }

    /** The FROM and WHERE clauses, parameters and ORDER BY of a {@link LearnerQuery}. */
    private static final class LearnerSelection {

        final Map<String, Object> parameters = new HashMap<>();
        private final List<String> conditions = new ArrayList<>();
        private final boolean filtersOnAccount;
        private final boolean filtersOnCourse;
        private final boolean sortsOnAccount;
        private final String order;

        LearnerSelection(LearnerQuery query) {
            if (query.courseId() != null) {
                conditions.add("e.courseId = :course");
                parameters.put("course", query.courseId());
            }
            if (query.status() != null) {
                conditions.add("e.status = :status");
                parameters.put("status", query.status());
            }
            if (query.organisationId() != null) {
                conditions.add("a.organisationId = :organisation");
                parameters.put("organisation", query.organisationId());
            }
            filtersOnCourse = query.approval() != null;
            if (filtersOnCourse) {
                conditions.add("c.id = e.courseId AND c.enrolmentApproval = :approval");
                parameters.put("approval", query.approval());
            }
            boolean text = query.text() != null && !query.text().isBlank();
            if (text) {
                conditions.add("(LOWER(a.name) LIKE :text ESCAPE '\\' OR a.emailKey LIKE :text ESCAPE '\\')");
                parameters.put("text", Jpql.containsPattern(query.text().strip().toLowerCase(Locale.ROOT)));
            }
            filtersOnAccount = query.organisationId() != null || text;
            sortsOnAccount = query.order() == LearnerQuery.Order.NAME;
            order = switch (query.order()) {
                case NAME -> " ORDER BY a.name, e.id";
                case PROGRESS -> " ORDER BY e.percent DESC, e.id";
                case LAST_ACTIVITY -> " ORDER BY e.lastActivityAt DESC, e.id";
                case OLDEST_REQUEST -> " ORDER BY e.requestedAt, e.id";
            };
        }

        /** The enrolments' ids in the order of the query. */
        TypedQuery<Long> ids(EntityManager em) {
            TypedQuery<Long> ids = em.createQuery("SELECT e.id" + fromWhere(sortsOnAccount) + order, Long.class);
            parameters.forEach(ids::setParameter);
            return ids;
        }

        /** With the accounts only when a condition (or, when sorting, the order) needs them. */
        String fromWhere(boolean sorting) {
            boolean accounts = filtersOnAccount || sorting;
            List<String> all = new ArrayList<>(conditions);
            if (accounts) {
                all.add(0, "a.id = e.accountId");
            }
            String from = " FROM Enrolment e" + (accounts ? ", Account a" : "") + (filtersOnCourse ? ", Course c" : "");
            return all.isEmpty() ? from : from + " WHERE " + String.join(" AND ", all);
        }
    }

    private static LearnerLine learnerLine(Object[] row) {
        return new LearnerLine((Long) row[0], (Long) row[1], (Long) row[2], (Long) row[3], (String) row[4], (String) row[5],
                (Long) row[6], (EnrolmentStatus) row[7], new LessonCount((Integer) row[8], (Integer) row[9]),
                (Instant) row[10], (Instant) row[11], (Instant) row[12], (Instant) row[13], (Instant) row[14]);
    }

    @Override
    public List<QuizTally> quizTallies(Collection<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        Set<List<Long>> passed = em.createQuery("SELECT DISTINCT a.enrolmentId, a.lessonId FROM QuizAttempt a"
                        + " WHERE a.enrolmentId IN :ids AND a.passed = TRUE", Object[].class)
                .setParameter("ids", enrolmentIds).getResultList().stream()
                .map(row -> List.of((Long) row[0], (Long) row[1])).collect(Collectors.toSet());
        return em.createQuery("SELECT a.enrolmentId, a.lessonId, MAX(a.score), COUNT(a) FROM QuizAttempt a"
                        + " WHERE a.enrolmentId IN :ids GROUP BY a.enrolmentId, a.lessonId", Object[].class)
                .setParameter("ids", enrolmentIds).getResultList().stream()
                .map(row -> new QuizTally((Long) row[0], (Long) row[1], ((Number) row[2]).intValue(),
                        passed.contains(List.of((Long) row[0], (Long) row[1])), ((Number) row[3]).intValue()))
                .toList();
    }

    @Override
    public List<StatusCount> countsForOrganisation(long organisationId) {
        return em.createQuery("SELECT e.courseId, e.status, COUNT(e), SUM(e.percent) FROM Enrolment e, Account a"
                        + " WHERE a.id = e.accountId AND a.organisationId = :organisation GROUP BY e.courseId, e.status", Object[].class)
                .setParameter("organisation", organisationId).getResultList().stream()
                .map(row -> new StatusCount((Long) row[0], (EnrolmentStatus) row[1], ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue()))
                .toList();
    }
}
