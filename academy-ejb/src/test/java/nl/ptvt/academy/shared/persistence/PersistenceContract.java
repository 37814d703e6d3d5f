package nl.ptvt.academy.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.ptvt.academy.files.domain.UploadedFile;
import nl.ptvt.academy.files.infrastructure.JpaUploadedFileRepository;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.EmailAddress;
import nl.ptvt.academy.identity.infrastructure.JpaAccountRepository;
import nl.ptvt.academy.organisation.OrganisationSearch;
import nl.ptvt.academy.organisation.OrganisationType;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.organisation.domain.Organisation;
import nl.ptvt.academy.organisation.infrastructure.JpaOrganisationRepository;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.catalogue.Audience;
import nl.ptvt.academy.catalogue.CatalogueSearch;
import nl.ptvt.academy.catalogue.CatalogueSort;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.QuestionKind;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseContent;
import nl.ptvt.academy.catalogue.domain.CourseModule;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.catalogue.domain.Lesson;
import nl.ptvt.academy.catalogue.domain.LessonSpec;
import nl.ptvt.academy.catalogue.domain.Slugs;
import nl.ptvt.academy.catalogue.infrastructure.JpaCourseRepository;
import nl.ptvt.academy.shared.infrastructure.UniqueKeyViolation;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The schema built by the migrations in {@code sql/} and the JPA mapping and queries of the application,
 * proved on one database. Run for the embedded H2 database and for MariaDB by the subclasses, with the real
 * persistence.xml (switched to a local transaction outside the container).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceContract {

    private static final Instant REGISTERED = Instant.parse("2026-03-29T01:30:00.123456Z");

    private EntityManagerFactory factory;
    private EntityManager em;
    private JpaAccountRepository accounts;
    private JpaOrganisationRepository organisations;
    private JpaCourseRepository courses;
    private JpaUploadedFileRepository uploads;
    private Flyway flyway;

    protected abstract DataSource dataSource();

    /**
     * MySQL 8 and H2 keep microseconds. Connector/J drops them when talking to MariaDB 10.x, which announces
     * itself as "5.5.5-10.x" (a server too old for fractions, to the driver); there, instants keep whole seconds.
     */
    protected abstract boolean keepsMicroseconds();

    @BeforeAll
    void migrateAndConnect() throws Exception {
        flyway = Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").load();
        flyway.migrate();
        factory = Persistence.createEntityManagerFactory("academy", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource(),
                "eclipselink.logging.level", "WARNING"));
        em = factory.createEntityManager();
        accounts = new JpaAccountRepository();
        organisations = new JpaOrganisationRepository();
        inject(accounts, em);
        inject(organisations, em);
        courses = new JpaCourseRepository();
        inject(courses, em);
        uploads = new JpaUploadedFileRepository();
        inject(uploads, em);
    }

    @AfterAll
    void disconnect() {
        if (em != null) {
            em.close();
        }
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void everyMigrationIsAppliedAndASecondRunChangesNothing() {
        assertEquals(0, flyway.info().pending().length);
        assertEquals(0, flyway.migrate().migrationsExecuted);
    }

    @Test
    void anAccountIsStoredWithItsRolesOrganisationAndExactInstant() {
        Organisation school = inTransaction(() -> organisations.add(new Organisation("OBS " + unique(), OrganisationType.PRIMARY_SCHOOL, Province.UT, REGISTERED)));
        String email = unique() + "@School.nl";
        Account stored = inTransaction(() -> {
            Account account = new Account("Sanne de Vries", EmailAddress.of(email), "hash", REGISTERED);
            account.assignRoles(EnumSet.of(Role.TRAINER));
            account.placeInOrganisation(school.id());
            return accounts.add(account);
        });
        em.clear();

        Account found = accounts.findByEmail(EmailAddress.of(email.toUpperCase())).orElseThrow();
        assertEquals(stored.id(), found.id());
        assertEquals(email, found.email().address());
        assertEquals(Set.of(Role.LEARNER, Role.TRAINER), found.roles());
        assertEquals(school.id(), found.organisationId().orElseThrow());
        assertEquals(REGISTERED.truncatedTo(ChronoUnit.SECONDS), found.registeredAt().truncatedTo(ChronoUnit.SECONDS),
                "a stored instant reads back in UTC, not shifted by a time zone");
        if (keepsMicroseconds()) {
            assertEquals(REGISTERED, found.registeredAt(), "and to the microsecond");
        }
        assertTrue(accounts.existsByEmail(EmailAddress.of(email.toLowerCase())));
    }

    @Test
    void theDatabaseRefusesASecondAccountForTheSameAddressInAnyLetterCase() {
        String email = unique() + "@bedrijf.nl";
        inTransaction(() -> accounts.add(new Account("Eerste", EmailAddress.of(email), "hash", REGISTERED)));
        em.clear();
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> inTransaction(() -> accounts.add(new Account("Tweede", EmailAddress.of(email.toUpperCase()), "hash", REGISTERED))));
        assertTrue(UniqueKeyViolation.causedBy(refused), "recognised as a unique-key violation: " + refused);
    }

    @Test
    void accountSearchMatchesNameOrAddressPagesAndTakesWildcardsLiterally() {
        String tag = unique();
        inTransaction(() -> {
            for (int i = 0; i < 5; i++) {
                accounts.add(new Account("Docent " + tag + " " + i, EmailAddress.of(tag + i + "@vo.nl"), "hash", REGISTERED));
            }
            accounts.add(new Account("100% " + tag, EmailAddress.of(tag + "pct@vo.nl"), "hash", REGISTERED));
            return null;
        });
        em.clear();

        var firstPage = accounts.search(tag, new PageRequest(0, 4));
        assertEquals(6, firstPage.total());
        assertEquals(4, firstPage.items().size());
        assertEquals(2, accounts.search(tag, new PageRequest(1, 4)).items().size());
        assertEquals(1, accounts.search(tag + "pct@", new PageRequest(0, 10)).total(), "finds by e-mail address");
        assertEquals(1, accounts.search("100% " + tag, new PageRequest(0, 10)).total());
        assertEquals(0, accounts.search("100_ " + tag, new PageRequest(0, 10)).total(), "_ is not a wildcard");
    }

    @Test
    void activeAdministratorsAreCounted() {
        long before = accounts.countActiveAdministrators();
        inTransaction(() -> {
            Account active = new Account("Beheerder", EmailAddress.of(unique() + "@ptvt.nl"), "hash", REGISTERED);
            active.grant(Role.ADMIN);
            Account inactive = new Account("Oud-beheerder", EmailAddress.of(unique() + "@ptvt.nl"), "hash", REGISTERED);
            inactive.grant(Role.ADMIN);
            inactive.deactivate();
            accounts.add(active);
            accounts.add(inactive);
            return null;
        });
        assertEquals(before + 1, accounts.countActiveAdministrators());
        assertTrue(accounts.anyAdministrator());
    }

    @Test
    void aLockedReadReturnsTheAccount() {
        Account stored = inTransaction(() -> accounts.add(new Account("Lock", EmailAddress.of(unique() + "@ptvt.nl"), "hash", REGISTERED)));
        em.clear();
        Account locked = inTransaction(() -> accounts.findByIdForUpdate(stored.id()).orElseThrow());
        assertEquals(stored.id(), locked.id());
    }

    @Test
    void organisationsAreFoundByNameProvinceAndTypeAndUniquePerProvince() {
        String tag = unique();
        inTransaction(() -> {
            organisations.add(new Organisation("Techniekschool " + tag, OrganisationType.MBO, Province.GR, REGISTERED));
            organisations.add(new Organisation("Techniekschool " + tag, OrganisationType.MBO, Province.LI, REGISTERED));
            organisations.add(new Organisation("Bouwbedrijf " + tag, OrganisationType.COMPANY_SME, Province.GR, REGISTERED));
            return null;
        });
        em.clear();

        assertEquals(3, organisations.search(new OrganisationSearch(tag, null, null), new PageRequest(0, 10)).total());
        assertEquals(2, organisations.search(new OrganisationSearch(tag, Province.GR, null), new PageRequest(0, 10)).total());
        List<Organisation> smes = organisations.search(new OrganisationSearch(tag.toUpperCase(), Province.GR, OrganisationType.COMPANY_SME), new PageRequest(0, 10)).items();
        assertEquals(List.of("Bouwbedrijf " + tag), smes.stream().map(Organisation::name).toList());
        assertTrue(organisations.existsByName("techniekschool " + tag.toUpperCase(), Province.LI));
        assertFalse(organisations.existsByName("techniekschool " + tag, Province.ZE));

        RuntimeException refused = assertThrows(RuntimeException.class, () -> inTransaction(() ->
                organisations.add(new Organisation("TECHNIEKSCHOOL " + tag, OrganisationType.MBO, Province.GR, REGISTERED))));
        assertTrue(UniqueKeyViolation.causedBy(refused), refused.toString());
    }

    @Test
    void aPublishedCourseWithItsContentIsFoundInTheCatalogueByWordsFiltersAndOrder() {
        String tag = "x" + unique();
        long author = inTransaction(() -> accounts.add(new Account("Pieter Bakker", EmailAddress.of(unique() + "@ptvt.nl"), "hash", REGISTERED))).id();
        Course beta = inTransaction(() -> publishedCourse(author, "Bèta&TechMentality " + tag, CourseFormat.WORKSHOP,
                List.of(Audience.SECONDARY_TEACHER, Audience.SCHOOL_LEADER), REGISTERED));
        inTransaction(() -> publishedCourse(author, "Een goede gastles geven " + tag, CourseFormat.E_LEARNING,
                List.of(Audience.COMPANY_STAFF), REGISTERED.plusSeconds(60)));
        inTransaction(() -> publishedCourse(author, "Techniek in de klas " + tag, CourseFormat.E_LEARNING,
                List.of(Audience.PRIMARY_TEACHER), REGISTERED.plusSeconds(120)));
        em.clear();

        assertEquals(List.of(beta.id()), ids(search("BETA " + tag, null, null)), "accent- and case-insensitive");
        assertEquals(2, search(tag + " tech", null, null).total(), "a word matches the start of a term: techniek, techmentality");
        assertEquals(1, search(tag + " techn", null, null).total(), "techn: techniek only");
        assertEquals(1, search("gastles geven " + tag, null, null).total(), "several words must all match");
        assertEquals(0, search("gastles techniek " + tag, null, null).total());
        assertEquals(1, search(tag, CourseFormat.WORKSHOP, null).total());
        assertEquals(1, search(tag, null, Audience.SCHOOL_LEADER).total());
        assertEquals(0, search("100% " + tag, null, null).total(), "wildcards typed are literal");

        Page<Long> newestFirst = courses.searchCatalogue(new CatalogueSearch(tag, null, null, null, null, CatalogueSort.NEWEST), new PageRequest(0, 2));
        assertEquals(3, newestFirst.total());
        assertEquals(2, newestFirst.items().size());
        List<String> titles = courses.publishedVersions(newestFirst.items()).stream().map(CourseVersion::title).sorted().toList();
        assertEquals(List.of("Een goede gastles geven " + tag, "Techniek in de klas " + tag), titles);

        Course reloaded = courses.findBySlug(beta.slug()).orElseThrow();
        Lesson quiz = reloaded.publishedVersion().orElseThrow().modules().get(0).lessons().get(1);
        assertEquals(2, quiz.questions().get(0).options().size());
        assertTrue(quiz.questions().get(0).options().get(0).isCorrect());
    }

    @Test
    void aNewDraftCopiesThePublishedContentAndTheArchivedCourseLeavesTheCatalogue() {
        String tag = "y" + unique();
        long author = inTransaction(() -> accounts.add(new Account("Auteur", EmailAddress.of(unique() + "@ptvt.nl"), "hash", REGISTERED))).id();
        Course course = inTransaction(() -> publishedCourse(author, "Techniekcoach " + tag, CourseFormat.TRAINING, List.of(), REGISTERED));
        em.clear();
        inTransaction(() -> {
            Course loaded = courses.findById(course.id()).orElseThrow();
            loaded.editableDraft(REGISTERED).modules().get(0).addLesson(new LessonSpec("Extra", LessonKind.TEXT, false, "<p>x</p>", null, null, null, null));
            return null;
        });
        em.clear();
        Course loaded = courses.findById(course.id()).orElseThrow();
        assertEquals(2, loaded.versions().size());
        assertEquals(2, loaded.publishedVersion().orElseThrow().modules().get(0).lessons().size(), "version 1 untouched");
        assertEquals(3, loaded.draft().orElseThrow().modules().get(0).lessons().size());

        inTransaction(() -> {
            Course archived = courses.findById(course.id()).orElseThrow();
            archived.archive(author, REGISTERED);
            courses.removeFromCatalogue(archived.id());
            return null;
        });
        assertEquals(0, search(tag, null, null).total());
    }

    @Test
    void anUploadedFileIsStoredAndAFileLessonKeepsItThroughANewDraft() {
        long author = inTransaction(() -> accounts.add(new Account("Auteur", EmailAddress.of(unique() + "@ptvt.nl"), "hash", REGISTERED))).id();
        UploadedFile file = inTransaction(() -> uploads.add(new UploadedFile(unique(), "Checklist gastles.pdf", "application/pdf",
                1234L, "a".repeat(64), author, REGISTERED)));
        Course course = inTransaction(() -> {
            Course created = publishedCourse(author, "Toolbox " + unique(), CourseFormat.E_LEARNING, List.of(), REGISTERED);
            created.editableDraft(REGISTERED).modules().get(0)
                    .addLesson(new LessonSpec("Checklist", LessonKind.FILE, false, null, null, null, null, null, file.id()));
            return created;
        });
        em.clear();

        UploadedFile found = uploads.findById(file.id()).orElseThrow();
        assertEquals("Checklist gastles.pdf", found.originalName());
        assertEquals(1234L, found.sizeBytes());
        assertEquals(author, found.uploadedBy());
        Lesson lesson = courses.findById(course.id()).orElseThrow().draft().orElseThrow().modules().get(0).lessons().get(2);
        assertEquals(LessonKind.FILE, lesson.kind());
        assertEquals(file.id(), lesson.fileId());
    }

    @Test
    void reorderedEditedMovedAndRemovedLessonsAreStoredInTheirNewPlaces() {
        long author = inTransaction(() -> accounts.add(new Account("Auteur", EmailAddress.of(unique() + "@ptvt.nl"), "hash", REGISTERED))).id();
        Course course = inTransaction(() -> {
            Course created = publishedCourse(author, "Volgorde " + unique(), CourseFormat.E_LEARNING, List.of(), REGISTERED);
            CourseVersion draft = created.editableDraft(REGISTERED);
            draft.addModule("Module 2").addLesson(new LessonSpec("Derde", LessonKind.TEXT, true, "<p>3</p>", null, null, null, null));
            draft.addModule("Module 3");
            return created;
        });
        em.clear();
        inTransaction(() -> {
            Course loaded = courses.findById(course.id()).orElseThrow();
            List<CourseModule> modules = loaded.currentVersion().modules();
            loaded.reorderModules(List.of(modules.get(1), modules.get(0), modules.get(2)), REGISTERED);
            CourseModule first = loaded.currentVersion().modules().get(1);
            loaded.reorderLessons(first, List.of(first.lessons().get(1), first.lessons().get(0)), REGISTERED);
            loaded.editableLesson(first.lessons().get(0), REGISTERED).update(new LessonSpec("Toets, herzien", LessonKind.QUIZ, true,
                    null, null, 80, 2, List.of(new LessonSpec.QuestionSpec("Nieuw?", QuestionKind.TRUE_FALSE,
                    List.of(new LessonSpec.OptionSpec("Waar", false, null), new LessonSpec.OptionSpec("Niet waar", true, "Klopt"))))));
            loaded.moveLesson(first.lessons().get(1), loaded.currentVersion().modules().get(0), 0, REGISTERED);
            loaded.removeModule(loaded.currentVersion().modules().get(2), REGISTERED);
            return null;
        });
        em.clear();

        CourseVersion draft = courses.findById(course.id()).orElseThrow().currentVersion();
        assertEquals(List.of("Module 2", "Module 1"), draft.modules().stream().map(CourseModule::title).toList());
        assertEquals(List.of(0, 1), draft.modules().stream().map(CourseModule::position).toList());
        assertEquals(List.of("Welkom", "Derde"), draft.modules().get(0).lessons().stream().map(Lesson::title).toList());
        assertEquals(List.of(0, 1), draft.modules().get(0).lessons().stream().map(Lesson::position).toList());
        Lesson quiz = draft.modules().get(1).lessons().get(0);
        assertEquals("Toets, herzien", quiz.title());
        assertEquals(0, quiz.position());
        assertEquals(List.of("Nieuw?"), quiz.questions().stream().map(q -> q.text()).toList(), "the old question is gone");
        assertTrue(quiz.questions().get(0).options().get(1).isCorrect());
        assertEquals(List.of("Welkom", "Toets"), courses.findById(course.id()).orElseThrow().publishedVersion().orElseThrow()
                .modules().get(0).lessons().stream().map(Lesson::title).toList(), "the published version is untouched");
    }

    @Test
    void anAuthorsCoursesArePagedNewestFirstWithTheirDraftAndPublishedVersions() {
        long author = inTransaction(() -> accounts.add(new Account("Auteur", EmailAddress.of(unique() + "@ptvt.nl"), "hash", REGISTERED))).id();
        long coAuthor = inTransaction(() -> accounts.add(new Account("Mede-auteur", EmailAddress.of(unique() + "@ptvt.nl"), "hash", REGISTERED))).id();
        Course published = inTransaction(() -> publishedCourse(author, "Gepubliceerd " + unique(), CourseFormat.WORKSHOP, List.of(), REGISTERED));
        Course draft = inTransaction(() -> {
            Course course = courses.add(Course.create(Slugs.unique("Concept " + unique(), courses::slugTaken), author,
                    new CourseContent("Concept", "Samenvatting", null, CourseFormat.WEBINAR, null, List.of(), null, null, "nl", false, null), REGISTERED));
            course.addCoAuthor(coAuthor);
            return course;
        });
        inTransaction(() -> courses.findById(published.id()).orElseThrow().editableDraft(REGISTERED));
        em.clear();

        Page<Long> mine = courses.authoredCourses(java.util.Optional.of(author), new PageRequest(0, 1));
        assertEquals(2, mine.total());
        assertEquals(List.of(draft.id()), mine.items(), "newest first");
        assertEquals(List.of(published.id()), courses.authoredCourses(java.util.Optional.of(author), new PageRequest(1, 1)).items());
        assertEquals(List.of(draft.id()), courses.authoredCourses(java.util.Optional.of(coAuthor), new PageRequest(0, 10)).items());
        assertTrue(courses.authoredCourses(java.util.Optional.empty(), new PageRequest(0, 100)).total() >= 2, "everything, for administrators");

        List<String> versions = courses.draftAndPublishedVersions(List.of(published.id(), draft.id())).stream()
                .map(version -> version.course().id() + ":" + version.number() + ":" + version.state())
                .sorted().toList();
        assertEquals(List.of(published.id() + ":1:PUBLISHED", published.id() + ":2:DRAFT", draft.id() + ":1:DRAFT").stream().sorted().toList(), versions);
    }

    private Course publishedCourse(long author, String title, CourseFormat format, List<Audience> audiences, Instant at) {
        CourseContent content = new CourseContent(title, "Samenvatting", "<p>Beschrijving over leerlingen</p>", format,
                "BETA_TECH_MENTALITY", audiences, null, null, "nl", false, null);
        Course course = courses.add(Course.create(Slugs.unique(title, courses::slugTaken), author, content, at));
        CourseModule module = course.editableDraft(at).addModule("Module 1");
        module.addLesson(new LessonSpec("Welkom", LessonKind.TEXT, true, "<p>Welkom</p>", null, null, null, null));
        module.addLesson(new LessonSpec("Toets", LessonKind.QUIZ, true, null, null, 70, null, List.of(new LessonSpec.QuestionSpec(
                "Klopt dit?", QuestionKind.TRUE_FALSE, List.of(new LessonSpec.OptionSpec("Waar", true, "Goed"),
                new LessonSpec.OptionSpec("Niet waar", false, null))))));
        CourseVersion published = course.publish(author, at);
        courses.flush();
        courses.showInCatalogue(course, published, at);
        return course;
    }

    private Page<Long> search(String query, CourseFormat format, Audience audience) {
        return courses.searchCatalogue(new CatalogueSearch(query, null, format, audience, null, CatalogueSort.TITLE), new PageRequest(0, 10));
    }

    private static List<Long> ids(Page<Long> page) {
        return page.items();
    }

    private <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
            throw e;
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void inject(Object repository, EntityManager em) throws ReflectiveOperationException {
        Field field = repository.getClass().getDeclaredField("em");
        field.setAccessible(true);
        field.set(repository, em);
    }
}
