package nl.ptvt.academy.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ptvt.academy.catalogue.CatalogueSearch;
import nl.ptvt.academy.catalogue.CatalogueSort;
import nl.ptvt.academy.catalogue.domain.CatalogueEntry;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseModule;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.catalogue.domain.Lesson;
import nl.ptvt.academy.catalogue.domain.SearchTerms;
import nl.ptvt.academy.catalogue.domain.Theme;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

    /** More words than this in one query are ignored: each word is a condition of its own. */
    static final int MAX_QUERY_WORDS = 8;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public Optional<Course> findById(long id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    @Override
    public Optional<Course> findBySlug(String slug) {
        return em.createQuery("SELECT c FROM Course c WHERE c.slug = :slug", Course.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public Optional<CourseModule> findModule(long moduleId) {
        return Optional.ofNullable(em.find(CourseModule.class, moduleId));
    }

    @Override
    public Optional<CourseVersion> findVersion(long versionId) {
        return Optional.ofNullable(em.find(CourseVersion.class, versionId));
    }

    @Override
    public List<CourseVersion> findVersions(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT v FROM CourseVersion v JOIN FETCH v.course WHERE v.id IN :ids", CourseVersion.class)
                .setParameter("ids", versionIds).getResultList();
    }

    @Override
    public Optional<Lesson> findLesson(long lessonId) {
        return Optional.ofNullable(em.find(Lesson.class, lessonId));
    }

    @Override
    public boolean slugTaken(String slug) {
        return !em.createQuery("SELECT c.id FROM Course c WHERE c.slug = :slug", Long.class)
                .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Course add(Course course) {
        em.persist(course);
        em.flush();
        return course;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Theme> findTheme(String code) {
        return Optional.ofNullable(em.find(Theme.class, code));
    }

    @Override
    public List<Theme> themes() {
        return em.createQuery("SELECT t FROM Theme t ORDER BY t.position, t.code", Theme.class).getResultList();
    }

    @Override
    public Page<Long> searchCatalogue(CatalogueSearch search, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (search.format() != null) {
            conditions.add("e.format = :format");
            parameters.put("format", search.format());
        }
        if (search.theme() != null && !search.theme().isBlank()) {
            conditions.add("e.themeCode = :theme");
            parameters.put("theme", search.theme());
        }
        if (search.programmeLine() != null) {
            conditions.add("e.programmeLine = :line");
            parameters.put("line", search.programmeLine());
        }
        if (search.audience() != null) {
            conditions.add(":audience MEMBER OF e.audiences");
            parameters.put("audience", search.audience());
        }
        int index = 0;
        for (String word : SearchTerms.ofQuery(search.query()).stream().limit(MAX_QUERY_WORDS).toList()) {
            // every word must start one of the course's terms: an index range scan on (term, course_id)
            String name = "w" + index++;
            conditions.add("e.courseId IN (SELECT t.courseId FROM CatalogueTerm t WHERE t.term LIKE :" + name + " ESCAPE '\\')");
            parameters.put(name, word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String order = search.sort() == CatalogueSort.NEWEST ? " ORDER BY e.publishedAt DESC, e.courseId DESC"
                : " ORDER BY e.titleKey, e.courseId";
        TypedQuery<Long> ids = em.createQuery("SELECT e.courseId FROM CatalogueEntry e" + where + order, Long.class);
        TypedQuery<Long> total = em.createQuery("SELECT COUNT(e) FROM CatalogueEntry e" + where, Long.class);
        parameters.forEach((name, value) -> {
            ids.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<Long> found = ids.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(found, page, total.getSingleResult());
    }

    @Override
    public List<CourseVersion> publishedVersions(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        // one version per course is PUBLISHED (the ones before it are SUPERSEDED)
        return em.createQuery("SELECT v FROM CourseVersion v JOIN FETCH v.course WHERE v.course.id IN :ids AND v.state = :published", CourseVersion.class)
                .setParameter("ids", courseIds)
                .setParameter("published", CourseVersion.State.PUBLISHED)
                .setHint("eclipselink.batch", "v.audiences")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    @Override
    public Page<Long> authoredCourses(Optional<Long> authorId, PageRequest page) {
        String where = authorId.isPresent() ? " WHERE :author MEMBER OF c.authorIds" : "";
        TypedQuery<Long> ids = em.createQuery("SELECT c.id FROM Course c" + where + " ORDER BY c.id DESC", Long.class);
        TypedQuery<Long> total = em.createQuery("SELECT COUNT(c) FROM Course c" + where, Long.class);
        authorId.ifPresent(id -> {
            ids.setParameter("author", id);
            total.setParameter("author", id);
        });
        List<Long> found = ids.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(found, page, total.getSingleResult());
    }

    @Override
    public List<CourseVersion> draftAndPublishedVersions(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        // at most one DRAFT and one PUBLISHED version per course; SUPERSEDED ones are history
        return em.createQuery("SELECT v FROM CourseVersion v JOIN FETCH v.course WHERE v.course.id IN :ids AND v.state IN :states",
                        CourseVersion.class)
                .setParameter("ids", courseIds)
                .setParameter("states", List.of(CourseVersion.State.DRAFT, CourseVersion.State.PUBLISHED))
                .getResultList();
    }

    @Override
    public void showInCatalogue(Course course, CourseVersion version, Instant now) {
        CatalogueEntry entry = em.find(CatalogueEntry.class, course.id());
        if (entry == null) {
            entry = new CatalogueEntry(course.id());
            entry.show(version, now);
            em.persist(entry);
        } else {
            entry.show(version, now);
        }
    }

    @Override
    public void removeFromCatalogue(long courseId) {
        CatalogueEntry entry = em.find(CatalogueEntry.class, courseId);
        if (entry != null) {
            em.remove(entry);
        }
    }
}
