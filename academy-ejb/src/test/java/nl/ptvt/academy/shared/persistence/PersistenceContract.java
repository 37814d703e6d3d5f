package nl.ptvt.academy.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneOffset;
import nl.ptvt.academy.mail.application.MailOutbox;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.ScheduleSession;
import nl.ptvt.academy.session.SessionPart;
import nl.ptvt.academy.session.application.ReminderPass;
import nl.ptvt.academy.session.application.SessionMails;
import nl.ptvt.academy.session.domain.Booking;
import nl.ptvt.academy.session.domain.Participant;
import nl.ptvt.academy.session.domain.TrainingSession;
import nl.ptvt.academy.session.infrastructure.JpaBookingRepository;
import nl.ptvt.academy.session.infrastructure.JpaSessionRepository;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;
import org.eclipse.microprofile.config.Config;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.ptvt.academy.catalogue.Audience;
import nl.ptvt.academy.catalogue.CatalogueSearch;
import nl.ptvt.academy.catalogue.CatalogueSort;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.EnrolmentApproval;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.QuestionKind;
import nl.ptvt.academy.catalogue.domain.AuthorAccount;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseContent;
import nl.ptvt.academy.catalogue.domain.CourseImage;
import nl.ptvt.academy.catalogue.domain.CourseModule;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.catalogue.domain.Lesson;
import nl.ptvt.academy.catalogue.domain.LessonSpec;
import nl.ptvt.academy.catalogue.domain.Slugs;
import nl.ptvt.academy.catalogue.domain.Theme;
import nl.ptvt.academy.catalogue.infrastructure.JpaCourseRepository;
import nl.ptvt.academy.catalogue.infrastructure.JpaThemeRepository;
import nl.ptvt.academy.certification.domain.Certificate;
import nl.ptvt.academy.certification.domain.CertifiedCourse;
import nl.ptvt.academy.certification.domain.IssueReason;
import nl.ptvt.academy.certification.domain.VerificationCode;
import nl.ptvt.academy.certification.infrastructure.JpaCertificateRepository;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.enrolment.domain.AnswerSheet;
import nl.ptvt.academy.enrolment.domain.CompletionRule;
import nl.ptvt.academy.enrolment.domain.Enrolment;
import nl.ptvt.academy.enrolment.domain.LearnerLine;
import nl.ptvt.academy.enrolment.domain.LearnerQuery;
import nl.ptvt.academy.enrolment.domain.LessonCompletion;
import nl.ptvt.academy.enrolment.domain.LessonCount;
import nl.ptvt.academy.enrolment.domain.LessonRecords;
import nl.ptvt.academy.enrolment.domain.QuizAttempt;
import nl.ptvt.academy.enrolment.domain.QuizTally;
import nl.ptvt.academy.enrolment.domain.StatusCount;
import nl.ptvt.academy.enrolment.infrastructure.JpaEnrolmentRepository;
import nl.ptvt.academy.files.domain.UploadedFile;
import nl.ptvt.academy.files.infrastructure.JpaUploadedFileRepository;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountInvitation;
import nl.ptvt.academy.identity.domain.EmailAddress;
import nl.ptvt.academy.identity.domain.InvitationCode;
import nl.ptvt.academy.identity.infrastructure.JpaAccountInvitationRepository;
import nl.ptvt.academy.identity.infrastructure.JpaAccountRepository;
import nl.ptvt.academy.mail.domain.MailStatus;
import nl.ptvt.academy.mail.domain.OutboxMail;
import nl.ptvt.academy.mail.domain.OutgoingMail;
import nl.ptvt.academy.mail.domain.RetrySchedule;
import nl.ptvt.academy.mail.infrastructure.JpaOutboxRepository;
import nl.ptvt.academy.organisation.OrganisationSearch;
import nl.ptvt.academy.organisation.OrganisationType;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.organisation.domain.Organisation;
import nl.ptvt.academy.organisation.infrastructure.JpaOrganisationRepository;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
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
    private JpaThemeRepository themes;
    private JpaOutboxRepository outbox;
    private JpaAccountInvitationRepository invitations;
    private JpaEnrolmentRepository enrolments;
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
        themes = new JpaThemeRepository();
        inject(themes, em);
        outbox = outboxUsing(em);
        invitations = new JpaAccountInvitationRepository();
        inject(invitations, em);
        enrolments = new JpaEnrolmentRepository();
        inject(enrolments, em);
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
    void activeAccountsWithARoleAreFoundInOneOrganisationOrAny() {
        String tag = unique();
        Organisation school = inTransaction(() -> organisations.add(new Organisation("School " + tag, OrganisationType.MBO, Province.UT, REGISTERED)));
        List<Account> made = inTransaction(() -> {
            Account own = new Account("Coördinator", EmailAddress.of(tag + "a@ptvt.nl"), "hash", REGISTERED);
            own.grant(Role.COORDINATOR);
            own.placeInOrganisation(school.id());
            Account gone = new Account("Oud-coördinator", EmailAddress.of(tag + "b@ptvt.nl"), "hash", REGISTERED);
            gone.grant(Role.COORDINATOR);
            gone.placeInOrganisation(school.id());
            gone.deactivate();
            Account elsewhere = new Account("Elders", EmailAddress.of(tag + "c@ptvt.nl"), "hash", REGISTERED);
            elsewhere.grant(Role.COORDINATOR);
            Account learner = new Account("Leerling", EmailAddress.of(tag + "d@ptvt.nl"), "hash", REGISTERED);
            learner.placeInOrganisation(school.id());
            return List.of(accounts.add(own), accounts.add(gone), accounts.add(elsewhere), accounts.add(learner));
        });
        em.clear();

        assertEquals(List.of(made.get(0).id()), accounts.findActiveWithRole(Role.COORDINATOR, school.id()).stream().map(Account::id).toList());
        List<Long> anywhere = accounts.findActiveWithRole(Role.COORDINATOR, null).stream().map(Account::id).toList();
        assertTrue(anywhere.containsAll(List.of(made.get(0).id(), made.get(2).id())) && !anywhere.contains(made.get(1).id()), anywhere.toString());
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
            course.addCoAuthor(new AuthorAccount(coAuthor, true, Set.of(Role.AUTHOR)));
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

    @Test
    void aCourseImageStaysWithItsVersionAndIsCopiedIntoANewDraft() {
        long author = inTransaction(() -> accounts.add(new Account("Auteur", EmailAddress.of(unique() + "@ptvt.nl"), "hash", REGISTERED))).id();
        UploadedFile picture = inTransaction(() -> uploads.add(new UploadedFile(unique(), "klas.png", "image/png",
                2048L, "b".repeat(64), author, REGISTERED)));
        Course course = inTransaction(() -> {
            Course created = publishedCourse(author, "Met plaatje " + unique(), CourseFormat.WORKSHOP, List.of(), REGISTERED);
            CourseVersion draft = created.editableDraft(REGISTERED);
            CourseContent content = draft.content();
            draft.update(new CourseContent(content.title(), content.summary(), content.description(), content.format(),
                    content.themeCode(), content.audiences(), content.programmeLine(), content.studyHours(), content.language(),
                    content.certificate(), content.certificateValidityMonths(), new CourseImage(picture.id(), "Leerlingen bouwen een brug")));
            return created;
        });
        em.clear();

        Course found = courses.findById(course.id()).orElseThrow();
        assertEquals(new CourseImage(picture.id(), "Leerlingen bouwen een brug"), found.draft().orElseThrow().content().image());
        assertNull(found.publishedVersion().orElseThrow().content().image(), "the published version keeps having none");
    }

    @Test
    void themesAreAddedLastAndTheirNamesAreUniqueInAnyLetterCase() {
        String name = "Thema " + unique();
        int last = themes.lastPosition();
        assertTrue(last >= 6, "the six themes of V2");
        Theme added = inTransaction(() -> themes.add(new Theme(Theme.codeFor(name), name, name + " (en)", last + 1)));
        em.clear();

        assertEquals(last + 1, themes.lastPosition());
        assertEquals(added.code(), themes.findByDutchName(name.toUpperCase()).orElseThrow().code());
        assertEquals(added.code(), themes.findByEnglishName(name.toLowerCase() + " (EN)").orElseThrow().code());
        assertEquals(added.code(), courses.themes().get(courses.themes().size() - 1).code(), "listed last");
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> inTransaction(() -> themes.add(new Theme("OTHER_" + unique().toUpperCase(), name, "Other " + name, last + 2))));
        assertTrue(UniqueKeyViolation.causedBy(refused), "the database keeps Dutch names unique: " + refused);
    }

    @Test
    void authorSearchFindsOnlyActiveAuthorsAndAdministrators() {
        String tag = unique();
        inTransaction(() -> {
            Account author = new Account("Auteur " + tag, EmailAddress.of(tag + "a@ptvt.nl"), "hash", REGISTERED);
            author.grant(Role.AUTHOR);
            Account admin = new Account("Beheerder " + tag, EmailAddress.of(tag + "b@ptvt.nl"), "hash", REGISTERED);
            admin.grant(Role.ADMIN);
            Account gone = new Account("Oud-auteur " + tag, EmailAddress.of(tag + "c@ptvt.nl"), "hash", REGISTERED);
            gone.grant(Role.AUTHOR);
            gone.deactivate();
            accounts.add(author);
            accounts.add(admin);
            accounts.add(gone);
            accounts.add(new Account("Leerling " + tag, EmailAddress.of(tag + "d@ptvt.nl"), "hash", REGISTERED));
            return null;
        });
        em.clear();

        assertEquals(List.of("Auteur " + tag, "Beheerder " + tag),
                accounts.searchAuthors(tag, 10).stream().map(Account::name).toList());
        assertEquals(List.of("Beheerder " + tag), accounts.searchAuthors(tag.toUpperCase() + "B@", 10).stream().map(Account::name).toList(),
                "by e-mail address, in any letter case");
        assertEquals(1, accounts.searchAuthors(tag, 1).size());
    }

    @Test
    void aQueuedMailKeepsItsAttachmentsAndADedupKeyIsStoredOnce() {
        String key = "reminder:" + unique();
        OutgoingMail mail = OutgoingMail.to(unique() + "@school.nl", "José Müller").subject("Herinnering: één dag")
                .text("Tot morgen").html("<p>Tot morgen</p>")
                .attach("uitnodiging.ics", "text/calendar; method=REQUEST", "BEGIN:VCALENDAR".getBytes())
                .attach("leeg.txt", "text/plain", new byte[0])
                .dedupKey(key).build();
        assertTrue(inTransaction(() -> outbox.add(OutboxMail.queued(mail, REGISTERED))));
        assertFalse(inTransaction(() -> outbox.add(OutboxMail.queued(mail, REGISTERED.plusSeconds(60)))), "queued before: not again");
        OutgoingMail withoutKey = OutgoingMail.to(unique() + "@school.nl", null).subject("s").text("t").build();
        assertTrue(inTransaction(() -> outbox.add(OutboxMail.queued(withoutKey, REGISTERED))));
        assertTrue(inTransaction(() -> outbox.add(OutboxMail.queued(withoutKey, REGISTERED))), "without a key, every mail is stored");
        em.clear();

        List<OutboxMail> stored = em.createQuery("SELECT m FROM OutboxMail m WHERE m.dedupKey = :key", OutboxMail.class)
                .setParameter("key", key).getResultList();
        assertEquals(1, stored.size());
        assertEquals(mail, stored.get(0).content(), "text, html, names with accents and attachment bytes read back");
        assertEquals(MailStatus.PENDING, stored.get(0).status());
    }

    @Test
    void aDedupKeyQueuedByATransactionStillOpenIsNotQueuedAgainNorFailsTheSecond() throws Exception {
        OutgoingMail mail = OutgoingMail.to(unique() + "@school.nl", null).subject("s").text("t").dedupKey("once:" + unique()).build();
        EntityManager first = factory.createEntityManager();
        EntityManager second = factory.createEntityManager();
        try {
            first.getTransaction().begin();
            assertTrue(outboxUsing(first).add(OutboxMail.queued(mail, REGISTERED)));
            // The second instance queues the same key while the first has not committed; on InnoDB it waits.
            CompletableFuture<Boolean> secondQueued = CompletableFuture.supplyAsync(() -> {
                second.getTransaction().begin();
                boolean added = outboxUsing(second).add(OutboxMail.queued(mail, REGISTERED));
                second.getTransaction().commit();
                return added;
            });
            Thread.sleep(300);
            first.getTransaction().commit();
            assertFalse(secondQueued.get(20, TimeUnit.SECONDS));
        } finally {
            first.close();
            second.close();
        }
        assertEquals(1L, em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.dedupKey = :key", Long.class)
                .setParameter("key", mail.dedupKey()).getSingleResult());
    }

    @Test
    void aClaimedMailIsLeftAloneByOtherSendersUntilItsClaimRunsOut() {
        String domain = unique() + ".nl";
        List<Long> mine = inTransaction(() -> List.of(1, 2, 3).stream().map(n -> {
            OutboxMail mail = OutboxMail.queued(OutgoingMail.to(n + "@" + domain, null).subject("Mail " + n).text("t").build(), REGISTERED);
            outbox.add(mail);
            return mail;
        }).toList()).stream().map(OutboxMail::id).toList();
        Instant now = REGISTERED.plusSeconds(1);
        Instant until = now.plus(Duration.ofMinutes(10));

        List<OutboxMail> claimedByA = inTransaction(() -> outbox.claimDue("token-a-" + domain, now, until, 1000));
        assertTrue(ids(claimedByA).containsAll(mine), "every due mail is claimed");
        assertTrue(claimedByA.stream().allMatch(mail -> mail.isClaimedBy("token-a-" + domain)));
        assertTrue(inTransaction(() -> ids(outbox.claimDue("token-b-" + domain, now, until, 1000))).stream().noneMatch(mine::contains),
                "claimed by A, so not by B");

        Instant afterTheClaim = until.plusSeconds(1);
        List<OutboxMail> reclaimed = inTransaction(() -> outbox.claimDue("token-c-" + domain, afterTheClaim, afterTheClaim.plus(Duration.ofMinutes(10)), 1000));
        assertTrue(ids(reclaimed).containsAll(mine), "a sender that died leaves its mails to the others once the claim ran out");
        inTransaction(() -> {
            OutboxMail sent = outbox.findById(mine.get(0)).orElseThrow();
            assertFalse(sent.isClaimedBy("token-a-" + domain), "A's claim is gone");
            sent.delivered(afterTheClaim);
            outbox.findById(mine.get(1)).orElseThrow().deliveryFailed("Connection refused", afterTheClaim, RetrySchedule.startingAfter(Duration.ofMinutes(1)));
            return null;
        });
        em.clear();

        Instant muchLater = afterTheClaim.plus(Duration.ofHours(1));
        List<Long> due = ids(inTransaction(() -> outbox.claimDue("token-d-" + domain, muchLater, muchLater.plus(Duration.ofMinutes(10)), 1000)));
        assertFalse(due.contains(mine.get(0)), "a sent mail is never claimed again");
        assertTrue(due.contains(mine.get(1)), "a failed attempt is due again after its wait");
        OutboxMail failed = outbox.findById(mine.get(1)).orElseThrow();
        assertEquals(1, failed.attempts());
        assertEquals("Connection refused", failed.lastError().orElseThrow());
    }

    @Test
    void twoSendersClaimingAtOnceNeverGetTheSameMail() throws Exception {
        String domain = unique() + ".nl";
        Set<Long> mine = new java.util.HashSet<>(ids(inTransaction(() -> java.util.stream.IntStream.range(0, 30).mapToObj(n -> {
            OutboxMail mail = OutboxMail.queued(OutgoingMail.to(n + "@" + domain, null).subject("Mail " + n).text("t").build(), REGISTERED);
            outbox.add(mail);
            return mail;
        }).toList())));
        Instant now = REGISTERED.plus(Duration.ofDays(1));
        Callable<List<Long>> sender = () -> {
            EntityManager own = factory.createEntityManager();
            JpaOutboxRepository repository = outboxUsing(own);
            List<Long> claimed = new java.util.ArrayList<>();
            try {
                String token = UUID.randomUUID().toString();
                List<OutboxMail> batch;
                do {
                    own.getTransaction().begin();
                    batch = repository.claimDue(token, now, now.plus(Duration.ofMinutes(10)), 3);
                    own.getTransaction().commit();
                    claimed.addAll(ids(batch));
                } while (!batch.isEmpty());
            } finally {
                own.close();
            }
            return claimed;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> senders = pool.invokeAll(List.of(sender, sender), 60, TimeUnit.SECONDS);
            List<Long> first = senders.get(0).get().stream().filter(mine::contains).toList();
            List<Long> second = senders.get(1).get().stream().filter(mine::contains).toList();
            Set<Long> both = new java.util.HashSet<>(first);
            both.retainAll(second);
            assertEquals(Set.of(), both, "no mail claimed by both");
            assertEquals(mine.size(), first.size() + second.size(), "every mail claimed by one of them");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoReminderPassesAtOnceQueueOneReminderPerBookingAndSkipWhatIsNotDue() throws Exception {
        // after the other tests' instants, so that only this test's bookings are due in the window
        Instant now = Instant.parse("2030-01-07T09:00:00Z");
        long author = inTransaction(() -> accounts.add(new Account("Auteur", EmailAddress.of(unique() + "@ptvt.nl"), "hash", REGISTERED))).id();
        Course course = inTransaction(() -> publishedCourse(author, "Workshop herinnering " + unique(), CourseFormat.WORKSHOP, List.of(), REGISTERED));
        JpaSessionRepository sessionRepository = new JpaSessionRepository();
        inject(sessionRepository, em);
        JpaBookingRepository bookingRepository = new JpaBookingRepository();
        inject(bookingRepository, em);
        Instant soon = now.plus(Duration.ofHours(30));
        Instant nextWeek = now.plus(Duration.ofDays(7));
        TrainingSession dueSession = inTransaction(() -> sessionRepository.add(TrainingSession.schedule(course.id(), CourseFormat.WORKSHOP,
                new ScheduleSession(soon, soon.plus(Duration.ofHours(2)), 3, soon.minus(Duration.ofHours(1)), null,
                        "https://meet.ptvt.test/r", Set.of(), null, List.of()), now)));
        // next week, in two parts: stored in order and read back
        List<SessionPart> parts = List.of(new SessionPart(nextWeek, nextWeek.plus(Duration.ofHours(2))),
                new SessionPart(nextWeek.plus(Duration.ofDays(1)), nextWeek.plus(Duration.ofDays(1)).plus(Duration.ofHours(3))));
        TrainingSession laterSession = inTransaction(() -> sessionRepository.add(TrainingSession.schedule(course.id(), CourseFormat.WORKSHOP,
                new ScheduleSession(nextWeek, parts.get(1).endsAt(), 3, nextWeek.minus(Duration.ofHours(1)), null,
                        "https://meet.ptvt.test/l", Set.of(), null, List.of(), null, parts), now)));
        List<Long> due = new java.util.ArrayList<>();
        List<Long> notDue = new java.util.ArrayList<>();
        inTransaction(() -> {
            for (int person = 0; person < 4; person++) {
                long account = accounts.add(new Account("Deelnemer " + person, EmailAddress.of(unique() + "@school.nl"), "hash", REGISTERED)).id();
                Booking booking = bookingRepository.add(dueSession.book(new Participant(account, null, null, 0), account, null, now));
                // three seats: the fourth waits and is not reminded
                (booking.status() == BookingStatus.CONFIRMED ? due : notDue).add(booking.id());
                notDue.add(bookingRepository.add(laterSession.book(new Participant(account, null, null, 0), account, null, now)).id());
            }
            return null;
        });
        em.clear();
        assertEquals(parts, sessionRepository.findById(laterSession.id()).orElseThrow().parts());
        assertEquals(List.of(), sessionRepository.findById(dueSession.id()).orElseThrow().parts());

        Callable<ReminderPass.Result> instance = () -> {
            EntityManager own = factory.createEntityManager();
            try {
                ReminderPass pass = reminderPassUsing(own, now);
                own.getTransaction().begin();
                ReminderPass.Result result = pass.remindPage(now, 0, 2);
                ReminderPass.Result next = pass.remindPage(now, result.lastBookingId(), 2);
                own.getTransaction().commit();
                return new ReminderPass.Result(result.due() + next.due(), result.queued() + next.queued(), next.lastBookingId());
            } finally {
                own.close();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ReminderPass.Result>> runs = pool.invokeAll(List.of(instance, instance), 60, TimeUnit.SECONDS);
            ReminderPass.Result first = runs.get(0).get();
            ReminderPass.Result second = runs.get(1).get();
            assertEquals(3, first.due());
            assertEquals(3, second.due());
            assertEquals(3, first.queued() + second.queued(), "each reminder queued by one of the two");
        } finally {
            pool.shutdownNow();
        }
        ReminderPass again = reminderPassUsing(em, now);
        assertEquals(0, inTransaction(() -> again.remindPage(now, 0, 10)).queued(), "a later run queues nothing");

        for (long booking : due) {
            assertEquals(1L, em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.dedupKey = :key", Long.class)
                    .setParameter("key", "session-reminder:" + booking + ":" + soon.getEpochSecond()).getSingleResult());
        }
        for (long booking : notDue) {
            assertEquals(0L, em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.dedupKey LIKE :key", Long.class)
                    .setParameter("key", "session-reminder:" + booking + ":%").getSingleResult());
        }
    }

    /** The reminder pass as the container wires it, on this entity manager, with the Academy's default settings. */
    private static ReminderPass reminderPassUsing(EntityManager em, Instant now) throws ReflectiveOperationException {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        JpaBookingRepository bookings = new JpaBookingRepository();
        inject(bookings, em);
        JpaSessionRepository sessions = new JpaSessionRepository();
        inject(sessions, em);
        JpaCourseRepository courses = new JpaCourseRepository();
        inject(courses, em);
        MailOutbox outbox = new MailOutbox();
        set(outbox, "outbox", outboxUsing(em));
        set(outbox, "clock", clock);
        AcademySettings settings = new AcademySettings();
        set(settings, "config", defaultConfig());
        SessionMails mails = new SessionMails();
        set(mails, "outbox", outbox);
        set(mails, "bookings", bookings);
        set(mails, "courses", courses);
        set(mails, "settings", settings);
        set(mails, "clock", clock);
        ReminderPass pass = new ReminderPass();
        set(pass, "bookings", bookings);
        set(pass, "sessions", sessions);
        set(pass, "mails", mails);
        return pass;
    }

    /** A MicroProfile Config with nothing set: every setting takes its default. */
    private static Config defaultConfig() {
        return (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class}, (proxy, method, args) -> {
            if (method.getName().equals("getOptionalValue")) {
                return Optional.empty();
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field declared = target.getClass().getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(target, value);
    }

    @Test
    void listsOfBookingsReadTheirPeopleAndTheCallersConfirmedSessionsInOneQueryEach() throws Exception {
        Instant now = Instant.parse("2030-02-04T09:00:00Z");
        long author = inTransaction(() -> accounts.add(new Account("Auteur", EmailAddress.of(unique() + "@ptvt.nl"), "hash", REGISTERED))).id();
        Course course = inTransaction(() -> publishedCourse(author, "Webinar lijsten " + unique(), CourseFormat.WEBINAR, List.of(), REGISTERED));
        JpaSessionRepository sessionRepository = new JpaSessionRepository();
        inject(sessionRepository, em);
        JpaBookingRepository bookingRepository = new JpaBookingRepository();
        inject(bookingRepository, em);
        Instant start = now.plus(Duration.ofDays(3));
        List<TrainingSession> sessions = new java.util.ArrayList<>();
        for (int seats = 1; seats <= 3; seats++) {
            int capacity = seats;
            sessions.add(inTransaction(() -> sessionRepository.add(TrainingSession.schedule(course.id(), CourseFormat.WEBINAR,
                    new ScheduleSession(start, start.plus(Duration.ofHours(1)), capacity, start, null,
                            "https://meet.ptvt.test/" + capacity, Set.of(), null, List.of()), now))));
        }
        long anna = inTransaction(() -> accounts.add(new Account("Anna", EmailAddress.of(unique() + "@school.nl"), "hash", REGISTERED))).id();
        long bram = inTransaction(() -> accounts.add(new Account("Bram", EmailAddress.of(unique() + "@school.nl"), "hash", REGISTERED))).id();
        inTransaction(() -> {
            // Bram takes the one seat of the first session, so Anna waits there; she has a seat on the second
            bookingRepository.add(sessions.get(0).book(new Participant(bram, null, null), bram, null, now));
            bookingRepository.add(sessions.get(0).book(new Participant(anna, null, null), anna, null, now));
            bookingRepository.add(sessions.get(1).book(new Participant(anna, null, null), anna, null, now));
            return null;
        });
        em.clear();

        List<Long> ids = sessions.stream().map(TrainingSession::id).toList();
        assertEquals(List.of(sessions.get(1).id()), bookingRepository.confirmedSessionsOf(anna, ids));
        assertEquals(List.of(sessions.get(0).id()), bookingRepository.confirmedSessionsOf(bram, ids));
        assertEquals(List.of(), bookingRepository.confirmedSessionsOf(anna, List.of()));
        assertEquals(List.of("Anna", "Bram"), accounts.findAllById(List.of(bram, anna, -1L)).stream().map(Account::name).toList(),
                "by id, unknown ids left out");
        assertEquals(List.of(), accounts.findAllById(List.of()));
        assertEquals(Set.copyOf(ids), sessionRepository.findAll(ids).stream().map(TrainingSession::id).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void anInvitationIsFoundByTheHashOfItsCode() {
        Account invited = inTransaction(() -> accounts.add(Account.invited(EmailAddress.of(unique() + "@bedrijf.nl"), REGISTERED)));
        InvitationCode code = InvitationCode.generate();
        inTransaction(() -> invitations.add(new AccountInvitation(invited.id(), code.hash(), null, REGISTERED)));
        em.clear();

        AccountInvitation found = inTransaction(() -> invitations.findByCodeHashForUpdate(code.hash()).orElseThrow());
        assertEquals(invited.id(), found.accountId());
        assertEquals(REGISTERED.plus(AccountInvitation.VALIDITY).truncatedTo(ChronoUnit.SECONDS), found.expiresAt().truncatedTo(ChronoUnit.SECONDS));
        assertTrue(invitations.findByCodeHash(InvitationCode.generate().hash()).isEmpty());
        assertFalse(accounts.findById(invited.id()).orElseThrow().isActive());

        InvitationCode again = InvitationCode.generate();
        Instant later = REGISTERED.plus(Duration.ofDays(20));
        AccountInvitation newest = inTransaction(() -> {
            List<AccountInvitation> unused = invitations.findUnusedOfAccountForUpdate(invited.id());
            assertEquals(List.of(found.id()), unused.stream().map(AccountInvitation::id).toList());
            unused.forEach(older -> older.replace(later));
            return invitations.add(new AccountInvitation(invited.id(), again.hash(), null, later));
        });
        em.clear();
        assertTrue(invitations.findByCodeHash(code.hash()).orElseThrow().replacedAt().isPresent(), "the older one is replaced");
        assertEquals(List.of(newest.id()), inTransaction(() -> invitations.findUnusedOfAccountForUpdate(invited.id())).stream()
                .map(AccountInvitation::id).toList());
    }

    private static List<Long> ids(List<OutboxMail> mails) {
        return mails.stream().map(OutboxMail::id).toList();
    }

    private static JpaOutboxRepository outboxUsing(EntityManager em) {
        JpaOutboxRepository repository = new JpaOutboxRepository();
        try {
            inject(repository, em);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return repository;
    }

    @Test
    void anEnrolmentKeepsItsProgressOnceAndTheReportsFilterSortAndPageInTheDatabase() {
        String tag = "z" + unique();
        Organisation school = inTransaction(() -> organisations.add(new Organisation("School " + tag, OrganisationType.MBO, Province.UT, REGISTERED)));
        Organisation company = inTransaction(() -> organisations.add(new Organisation("Bedrijf " + tag, OrganisationType.COMPANY_SME, Province.UT, REGISTERED)));
        long author = inTransaction(() -> accounts.add(new Account("Auteur", EmailAddress.of(unique() + "@ptvt.nl"), "hash", REGISTERED))).id();
        List<Account> learners = inTransaction(() -> List.of(
                learner("Bram " + tag, school), learner("Anna " + tag, school), learner("Chris " + tag, company)));
        Course course = inTransaction(() -> publishedCourse(author, "Online " + tag, CourseFormat.E_LEARNING, List.of(), REGISTERED));
        List<Enrolment> enrolled = inTransaction(() -> learners.stream()
                .map(learner -> enrolments.add(Enrolment.selfEnrol(course, learner.id(), REGISTERED))).toList());
        em.clear();

        RuntimeException twice = assertThrows(RuntimeException.class, () -> inTransaction(() ->
                enrolments.add(Enrolment.selfEnrol(courses.findById(course.id()).orElseThrow(), learners.get(0).id(), REGISTERED))));
        assertTrue(UniqueKeyViolation.causedBy(twice), "one enrolment per learner per course: " + twice);

        CourseVersion version = course.publishedVersion().orElseThrow();
        long page = version.modules().get(0).lessons().get(0).id();
        long quiz = version.modules().get(0).lessons().get(1).id();
        long bram = enrolled.get(0).id();
        inTransaction(() -> {
            Enrolment locked = enrolments.findByIdForUpdate(bram).orElseThrow();
            enrolments.addCompletion(new LessonCompletion(bram, page, REGISTERED));
            Lesson quizLesson = courses.findVersion(version.id()).orElseThrow().modules().get(0).lessons().get(1);
            long option = quizLesson.questions().get(0).options().get(0).id();
            AnswerSheet answers = AnswerSheet.of(Map.of(String.valueOf(quizLesson.questions().get(0).id()), List.of(option)), quizLesson);
            enrolments.addAttempt(new QuizAttempt(bram, quiz, 1, answers, quizLesson.grade(answers.chosen()), REGISTERED));
            LessonRecords records = LessonRecords.of(enrolments.completions(bram), enrolments.attempts(bram));
            assertTrue(locked.recordProgress(CompletionRule.of(quizLesson.module().courseVersion()).measure(records), REGISTERED));
            return null;
        });
        em.clear();

        Enrolment reloaded = enrolments.findById(bram).orElseThrow();
        assertEquals(EnrolmentStatus.COMPLETED, reloaded.status());
        assertEquals(new LessonCount(2, 2), reloaded.lessonCount());
        assertEquals(Optional.of(bram), enrolments.findId(course.id(), learners.get(0).id()));
        assertTrue(enrolments.findCompletion(bram, page).isPresent());
        assertEquals(1, enrolments.findAttempt(bram, quiz, 1).orElseThrow().answers().chosen().size());
        assertEquals(List.of(bram), enrolments.ofAccount(learners.get(0).id(), null, new PageRequest(0, 10)).items().stream().map(Enrolment::id).toList());
        assertEquals(0, enrolments.ofAccount(learners.get(0).id(), EnrolmentStatus.ACTIVE, new PageRequest(0, 10)).total());

        Page<LearnerLine> byName = enrolments.learners(new LearnerQuery(course.id(), null, null, null, null, LearnerQuery.Order.NAME), new PageRequest(0, 2));
        assertEquals(3, byName.total());
        assertEquals(List.of("Anna " + tag, "Bram " + tag), byName.items().stream().map(LearnerLine::name).toList());
        assertEquals(List.of("Bram " + tag), enrolments.learners(new LearnerQuery(course.id(), null, null, null, null,
                LearnerQuery.Order.PROGRESS), new PageRequest(0, 1)).items().stream().map(LearnerLine::name).toList());
        assertEquals(2, enrolments.learners(new LearnerQuery(course.id(), null, school.id(), null, null, LearnerQuery.Order.NAME), new PageRequest(0, 10)).total());
        assertEquals(1, enrolments.learners(new LearnerQuery(course.id(), EnrolmentStatus.ACTIVE, school.id(), null, null, LearnerQuery.Order.NAME), new PageRequest(0, 10)).total());
        assertEquals(1, enrolments.learners(new LearnerQuery(course.id(), null, null, null, "CHRIS " + tag, LearnerQuery.Order.LAST_ACTIVITY), new PageRequest(0, 10)).total());
        List<Long> byNameIds = enrolments.learnerIds(new LearnerQuery(course.id(), null, null, null, null, LearnerQuery.Order.NAME));
        assertEquals(List.of(enrolled.get(1).id(), bram, enrolled.get(2).id()), byNameIds, "Anna, Bram, Chris");
        assertEquals(List.of("Chris " + tag, "Anna " + tag), enrolments.learnerLines(List.of(enrolled.get(2).id(), enrolled.get(1).id()))
                .stream().map(LearnerLine::name).toList(), "in the order asked");
        assertEquals(List.of(bram), enrolments.learnerIds(new LearnerQuery(course.id(), EnrolmentStatus.COMPLETED, null, null, null,
                LearnerQuery.Order.PROGRESS)));
        assertEquals(2, enrolments.learners(new LearnerQuery(null, EnrolmentStatus.ACTIVE, null, EnrolmentApproval.NONE, tag,
                LearnerQuery.Order.OLDEST_REQUEST), new PageRequest(0, 10)).total(), "Anna and Chris, active in a course without approval");

        assertEquals(List.of(new QuizTally(bram, quiz, 100, true, 1)), enrolments.quizTallies(List.of(bram, enrolled.get(1).id())));
        List<StatusCount> counts = enrolments.countsForOrganisation(school.id()).stream()
                .sorted(java.util.Comparator.comparing(StatusCount::status)).toList();
        assertEquals(List.of(new StatusCount(course.id(), EnrolmentStatus.ACTIVE, 1, 0),
                new StatusCount(course.id(), EnrolmentStatus.COMPLETED, 1, 100)), counts);
    }

    @Test
    void oneValidCertificatePerPersonAndCourseIsAConstraintAndTheHistoryStays() throws Exception {
        JpaCertificateRepository certificates = new JpaCertificateRepository();
        inject(certificates, em);
        long author = inTransaction(() -> accounts.add(new Account("Auteur", EmailAddress.of(unique() + "@ptvt.nl"), "hash", REGISTERED))).id();
        Account holder = inTransaction(() -> accounts.add(new Account("Sanne Certificaat", EmailAddress.of(unique() + "@school.nl"), "hash", REGISTERED)));
        Course course = inTransaction(() -> publishedCourse(author, "Certificaat " + unique(), CourseFormat.E_LEARNING, List.of(), REGISTERED));
        CourseVersion version = course.publishedVersion().orElseThrow();
        CertifiedCourse certified = new CertifiedCourse(course.id(), version.id(), version.title(), version.number(), "Techniekcoach",
                "Technology coach", new java.math.BigDecimal("4.5"), "nl", true, 12, true);
        java.time.LocalDate completed = java.time.LocalDate.of(2026, 3, 29);
        Certificate first = inTransaction(() -> certificates.add(Certificate.issue(VerificationCode.generate(), holder.id(),
                holder.name(), certified, completed, IssueReason.completion(1), REGISTERED)));
        em.clear();

        RuntimeException second = assertThrows(RuntimeException.class, () -> inTransaction(() -> certificates.add(
                Certificate.issue(VerificationCode.generate(), holder.id(), holder.name(), certified, completed,
                        IssueReason.completion(2), REGISTERED))));
        assertTrue(UniqueKeyViolation.causedBy(second), "one valid certificate per person per course: " + second);

        Certificate found = certificates.findByCode(first.code()).orElseThrow();
        assertEquals(java.time.LocalDate.of(2027, 3, 29), found.expiresOn().orElseThrow());
        assertEquals(0, new java.math.BigDecimal("4.5").compareTo(found.studyHours().orElseThrow()));
        assertEquals(Optional.of("Techniekcoach"), found.themeName());

        // a renewal: the old one gives up its key first, then its successor takes it
        Certificate renewed = inTransaction(() -> {
            Certificate old = certificates.currentForUpdate(holder.id(), course.id()).orElseThrow();
            old.retire();
            certificates.flush();
            Certificate next = certificates.add(Certificate.issue(VerificationCode.generate(), holder.id(), holder.name(),
                    certified, completed.plusYears(1), IssueReason.completion(3), REGISTERED.plusSeconds(60)));
            old.supersededBy(next);
            return next;
        });
        inTransaction(() -> {
            certificates.findByCodeForUpdate(renewed.code()).orElseThrow().revoke(author, "Vergissing", REGISTERED.plusSeconds(120));
            return null;
        });
        em.clear();

        assertEquals(renewed.id(), certificates.findByCode(first.code()).orElseThrow().supersededById().orElseThrow());
        assertEquals(Optional.empty(), inTransaction(() -> certificates.currentForUpdate(holder.id(), course.id())),
                "revoked: no current certificate");
        assertEquals(List.of(renewed.code()), certificates.ofAccount(holder.id()).stream().map(Certificate::code).toList(),
                "the superseded one is left out of the holder's list");
        assertEquals("Vergissing", certificates.findByCode(renewed.code()).orElseThrow().revocationReason().orElseThrow());
        Page<Certificate> ofCourse = certificates.ofCourse(course.id(), new PageRequest(0, 1));
        assertEquals(2, ofCourse.total());
        assertEquals(List.of(renewed.code()), ofCourse.items().stream().map(Certificate::code).toList(), "newest first");
        assertEquals(0, certificates.validOfCourse(course.id(), new PageRequest(0, 10)).total(), "superseded and revoked");

        // the renewal reminder: due between two dates, claimed once
        Certificate expiring = inTransaction(() -> certificates.add(Certificate.issue(VerificationCode.generate(), holder.id(),
                holder.name(), certified, completed, IssueReason.completion(4), REGISTERED)));
        java.time.LocalDate expiry = expiring.expiresOn().orElseThrow();
        assertEquals(List.of(expiring.code()), certificates.dueForRenewalReminder(expiry.minusDays(3), expiry, 0, 10).stream()
                .filter(due -> due.accountId() == holder.id()).map(Certificate::code).toList());
        assertEquals(List.of(), certificates.dueForRenewalReminder(expiry.plusDays(1), expiry.plusDays(9), 0, 10).stream()
                .filter(due -> due.accountId() == holder.id()).toList());
        assertTrue(inTransaction(() -> certificates.markRenewalReminded(expiring.id(), REGISTERED)));
        assertFalse(inTransaction(() -> certificates.markRenewalReminded(expiring.id(), REGISTERED)), "claimed once");
        em.clear();
        assertEquals(List.of(), certificates.dueForRenewalReminder(expiry.minusDays(3), expiry, 0, 10).stream()
                .filter(due -> due.accountId() == holder.id()).toList());
        assertEquals(List.of(expiring.code()), certificates.validOfCourse(course.id(), new PageRequest(0, 10)).items().stream()
                .map(Certificate::code).toList());
    }

    @Test
    void backgroundJobsKeepTheirProgressAndThoseNeedingHousekeepingAreFound() throws Exception {
        nl.ptvt.academy.job.infrastructure.JpaBackgroundJobRepository jobs = new nl.ptvt.academy.job.infrastructure.JpaBackgroundJobRepository();
        inject(jobs, em);
        long requester = inTransaction(() -> accounts.add(new Account("Beheerder", EmailAddress.of(unique() + "@ptvt.nl"), "hash", REGISTERED))).id();
        // far in the past, so that other tests' jobs never come first
        Instant longAgo = Instant.parse("2001-01-01T10:00:00Z");
        nl.ptvt.academy.job.domain.BackgroundJob silent = inTransaction(() -> jobs.add(
                nl.ptvt.academy.job.domain.BackgroundJob.queue(nl.ptvt.academy.job.JobKind.CERTIFICATES_ISSUE, 7, requester, longAgo)));
        nl.ptvt.academy.job.domain.BackgroundJob done = inTransaction(() -> {
            nl.ptvt.academy.job.domain.BackgroundJob job = jobs.add(
                    nl.ptvt.academy.job.domain.BackgroundJob.queue(nl.ptvt.academy.job.JobKind.CERTIFICATES_EXPORT, 8, requester, longAgo));
            job.start(longAgo);
            job.total(10_000, longAgo);
            job.advance(10_000, 9_990, longAgo);
            job.finish("certificaten-cursus-8.zip", "application/zip", 123_456_789L, longAgo.plusSeconds(60));
            return job;
        });
        nl.ptvt.academy.job.domain.BackgroundJob fresh = inTransaction(() -> jobs.add(
                nl.ptvt.academy.job.domain.BackgroundJob.queue(nl.ptvt.academy.job.JobKind.CERTIFICATES_ISSUE, 9, requester, REGISTERED)));
        em.clear();

        nl.ptvt.academy.job.domain.BackgroundJob stored = jobs.findById(done.id()).orElseThrow();
        assertEquals(nl.ptvt.academy.job.JobStatus.DONE, stored.status());
        assertEquals(List.of(10_000, 9_990, 100), List.of(stored.done(), stored.produced(), stored.percent()));
        assertEquals(123_456_789L, stored.resultBytes());
        assertEquals("certificaten-cursus-8.zip", stored.resultName());
        Instant now = longAgo.plus(java.time.Duration.ofDays(2));
        List<Long> due = jobs.needingHousekeeping(now.minus(nl.ptvt.academy.job.domain.BackgroundJob.SILENCE_BEFORE_LOST),
                now.minus(nl.ptvt.academy.job.domain.BackgroundJob.RESULT_RETENTION), 100).stream()
                .map(nl.ptvt.academy.job.domain.BackgroundJob::id).toList();
        assertTrue(due.containsAll(List.of(silent.id(), done.id())), "the silent one and the old result: " + due);
        assertFalse(due.contains(fresh.id()), "a job queued after that moment is left alone");
    }

    private Account learner(String name, Organisation organisation) {
        Account learner = new Account(name, EmailAddress.of(unique() + "@leerling.nl"), "hash", REGISTERED);
        learner.placeInOrganisation(organisation.id());
        return accounts.add(learner);
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
