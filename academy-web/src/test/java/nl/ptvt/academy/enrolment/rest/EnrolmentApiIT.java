package nl.ptvt.academy.enrolment.rest;

import static nl.ptvt.academy.testing.Courses.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ptvt.academy.testing.AcademyDeployment;
import nl.ptvt.academy.testing.ApiClient;
import nl.ptvt.academy.testing.ApiClient.Reply;
import nl.ptvt.academy.testing.Parallel;
import nl.ptvt.academy.testing.IntegrationTestServer;
import nl.ptvt.academy.testing.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Online learning over HTTP against the Academy on Payara Micro with MariaDB: idempotent enrolment under parallel
 * requests, parallel lesson completions and quiz submits, grading without answer leakage, who sees what, approvals,
 * withdrawing and the versioning rule; invitations in a bulk enrolment and the mails, as they arrive at the test
 * run's SMTP server. Every test makes its own courses and people.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrolmentApiIT {

    private static final String PASSWORD = "een-lang-wachtwoord";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive academy() {
        return AcademyDeployment.builtWar();
    }

    // -------------------------------------------------------------------------------------------------------------
    // Helpers

    /** A published e-learning: module 1 with text pages, module 2 (if any) with a quiz whose first options are right. */
    private record ELearning(long id, long firstModuleId, List<Long> pages, long quizId, Map<Long, Long> rightOptions,
                             Map<Long, Long> wrongOptions) {

        String rightAnswers() {
            return answers(rightOptions);
        }

        String wrongAnswers() {
            return answers(wrongOptions);
        }

        private static String answers(Map<Long, Long> chosen) {
            JsonObjectBuilder answers = Json.createObjectBuilder();
            chosen.forEach((question, option) -> answers.add(String.valueOf(question), Json.createArrayBuilder().add(option)));
            return Json.createObjectBuilder().add("answers", answers).build().toString();
        }
    }

    private ApiClient api() {
        return ApiClient.at(deployment);
    }

    private ApiClient learner() {
        return api().newLearner(PASSWORD);
    }

    private ApiClient author() {
        return api().newAuthor(PASSWORD);
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static JsonObject created(Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private static JsonObject ok(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    /** A 403 from the role check of JAX-RS itself, which names no code. */
    private static void assertRefused(Reply reply) {
        assertEquals(403, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    /**
     * An instant to the second: what an answer computes keeps microseconds, what is read back from MariaDB 10.x
     * does not (a known limit of Connector/J with MariaDB 10, see the README).
     */
    private static Instant second(String instant) {
        return Instant.parse(instant).truncatedTo(ChronoUnit.SECONDS);
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(code, reply.json().getString("code"), reply.toString());
    }

    private static JsonObjectBuilder courseDetails(String title, String format, String approval) {
        JsonObjectBuilder details = Json.createObjectBuilder().add("title", title).add("summary", "Samenvatting van " + title)
                .add("format", format).add("language", "nl");
        return approval == null ? details : details.add("enrolmentApproval", approval);
    }

    private static String quiz(int maxAttempts) {
        JsonArrayBuilder questions = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("text", "Hoe begint u een gastles?").add("kind", "SINGLE")
                        .add("options", Json.createArrayBuilder()
                                .add(option("Met een vraag uit de praktijk", true, "Precies, zo wekt u nieuwsgierigheid."))
                                .add(option("Met de bedrijfsgeschiedenis", false, "Daar haken leerlingen op af."))))
                .add(Json.createObjectBuilder().add("text", "De leraar blijft verantwoordelijk.").add("kind", "TRUE_FALSE")
                        .add("options", Json.createArrayBuilder()
                                .add(option("Waar", true, "Inderdaad."))
                                .add(option("Niet waar", false, "De leraar blijft erbij."))));
        return Json.createObjectBuilder().add("title", "Afsluitende quiz").add("kind", "QUIZ").add("passMark", 100)
                .add("maxAttempts", maxAttempts).add("questions", questions).build().toString();
    }

    /**
     * A published e-learning course with {@code pages} text lessons and, when {@code maxAttempts} is not null, a
     * required quiz in a second module.
     */
    private ELearning eLearning(ApiClient author, int pages, Integer maxAttempts, String approval) {
        long courseId = id(created(author.post("api/v1/courses",
                courseDetails("Een goede gastles geven " + UUID.randomUUID(), "E_LEARNING", approval).build().toString())));
        long moduleId = id(created(author.post("api/v1/courses/" + courseId + "/modules", "{\"title\":\"Voorbereiden\"}")));
        List<Long> pageIds = new ArrayList<>();
        for (int i = 1; i <= pages; i++) {
            pageIds.add(id(created(author.post("api/v1/modules/" + moduleId + "/lessons", Json.createObjectBuilder()
                    .add("title", "Pagina " + i).add("kind", "TEXT").add("body", "<p>Les " + i + "</p>").build().toString()))));
        }
        long quizId = 0;
        Map<Long, Long> right = Map.of();
        Map<Long, Long> wrong = Map.of();
        if (maxAttempts != null) {
            long closing = id(created(author.post("api/v1/courses/" + courseId + "/modules", "{\"title\":\"Afronden\"}")));
            JsonObject quiz = created(author.post("api/v1/modules/" + closing + "/lessons", quiz(maxAttempts)));
            quizId = id(quiz);
            List<JsonObject> questions = quiz.getJsonArray("questions").getValuesAs(JsonObject.class);
            right = questions.stream().collect(Collectors.toMap(q -> id(q), q -> id(q.getJsonArray("options").getJsonObject(0))));
            wrong = questions.stream().collect(Collectors.toMap(q -> id(q), q -> id(q.getJsonArray("options").getJsonObject(1))));
        }
        ok(author.post("api/v1/courses/" + courseId + "/publication", ""));
        return new ELearning(courseId, moduleId, pageIds, quizId, right, wrong);
    }

    private static Reply enrol(ApiClient learner, long courseId) {
        return learner.post("api/v1/courses/" + courseId + "/enrolments", "");
    }

    private static long enrolled(ApiClient learner, long courseId) {
        return id(created(enrol(learner, courseId)));
    }

    private static String me(long enrolmentId) {
        return "api/v1/me/enrolments/" + enrolmentId;
    }

    private static Reply complete(ApiClient learner, long enrolmentId, long lessonId) {
        return learner.put(me(enrolmentId) + "/lessons/" + lessonId + "/completion", "");
    }

    private static Reply submit(ApiClient learner, long enrolmentId, long quizId, String answers) {
        return learner.post(me(enrolmentId) + "/lessons/" + quizId + "/attempts", answers);
    }

    private static JsonObject outline(ApiClient learner, long enrolmentId) {
        return ok(learner.get(me(enrolmentId)));
    }

    private static JsonObject progress(JsonObject enrolmentView) {
        return enrolmentView.getJsonObject("progress");
    }

    /** The lesson of an outline with this id. */
    private static JsonObject lessonIn(JsonObject outline, long lessonId) {
        return outline.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
                .flatMap(module -> module.getJsonArray("lessons").getValuesAs(JsonObject.class).stream())
                .filter(lesson -> id(lesson) == lessonId).findFirst().orElseThrow();
    }

    private long organisation(ApiClient admin, String name) {
        return id(created(admin.post("api/v1/organisations", Json.createObjectBuilder().add("name", name + " " + UUID.randomUUID())
                .add("type", "SECONDARY_SCHOOL").add("province", "GR").build().toString())));
    }

    private static void placeIn(ApiClient admin, ApiClient person, long organisationId) {
        long accountId = id(ok(person.get("api/v1/me")));
        ok(admin.put("api/v1/users/" + accountId + "/organisation", "{\"organisationId\":" + organisationId + "}"));
    }

    private static JsonObject page(Reply reply) {
        return ok(reply);
    }

    private static Set<String> emails(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(row -> row.getString("email")).collect(Collectors.toSet());
    }

    // -------------------------------------------------------------------------------------------------------------
    // Enrolling

    @Test
    void twentyFourParallelEnrolmentsOfOneLearnerMakeOneEnrolment() throws Exception {
        ApiClient author = author();
        ELearning course = eLearning(author, 2, null, null);
        ApiClient learner = learner();

        List<Reply> replies = Parallel.inParallel(Parallel.times(24, () -> enrol(learner, course.id())));

        assertTrue(replies.stream().allMatch(reply -> reply.status() == 201 || reply.status() == 200), replies.toString());
        assertEquals(1, replies.stream().filter(reply -> reply.status() == 201).count(), "created exactly once: " + replies);
        Set<Long> ids = replies.stream().map(reply -> id(reply.json())).collect(Collectors.toSet());
        assertEquals(1, ids.size(), "every answer is the same enrolment");
        long enrolmentId = ids.iterator().next();
        Reply first = replies.stream().filter(reply -> reply.status() == 201).findFirst().orElseThrow();
        assertTrue(first.header("Location").orElseThrow().endsWith("/api/v1/me/enrolments/" + enrolmentId), first.headers().toString());
        JsonObject enrolment = first.json();
        assertEquals(course.id(), enrolment.getJsonNumber("courseId").longValue());
        assertEquals("ACTIVE", enrolment.getString("status"));
        assertEquals(Json.createObjectBuilder().add("percent", 0).add("lessonsDone", 0).add("lessonsRequired", 2)
                .addNull("completedAt").build(), progress(enrolment));

        JsonObject again = ok(enrol(learner, course.id()));
        assertEquals(enrolmentId, id(again), "a later click answers 200 with the same enrolment");
        assertEquals(1, page(learner.get("api/v1/me/enrolments")).getInt("total"));
        assertEquals(1, page(author.get("api/v1/courses/" + course.id() + "/enrolments")).getInt("total"), "one row in the database");
        assertEquals(enrolmentId, id(page(learner.get("api/v1/me/enrolments?course=" + course.id())).getJsonArray("items").getJsonObject(0)));
    }

    @Test
    void onlyAPublishedELearningTakesEnrolments() {
        ApiClient author = author();
        long workshop = id(created(author.post("api/v1/courses", courseDetails("Workshop " + UUID.randomUUID(), "WORKSHOP", null).build().toString())));
        ok(author.post("api/v1/courses/" + workshop + "/publication", ""));
        long draft = id(created(author.post("api/v1/courses", courseDetails("Concept " + UUID.randomUUID(), "E_LEARNING", null).build().toString())));
        ApiClient learner = learner();

        assertProblem(enrol(learner, workshop), 422, "enrolment.not-e-learning");
        assertProblem(enrol(learner, draft), 422, "enrolment.course-not-published");
        assertProblem(enrol(learner, 987654321L), 404, "course.not-found");
        assertEquals(401, enrol(api(), workshop).status());
    }

    // -------------------------------------------------------------------------------------------------------------
    // Progress

    @Test
    void parallelCompletionsFromTwoDevicesAreAllCountedAndCompleteTheCourseOnce() throws Exception {
        ApiClient author = author();
        ELearning course = eLearning(author, 8, null, null);
        ApiClient learner = learner();
        long enrolmentId = enrolled(learner, course.id());

        // every page twice, as from two devices, all at once
        List<Callable<Reply>> requests = new ArrayList<>();
        for (long page : course.pages()) {
            requests.add(() -> complete(learner, enrolmentId, page));
            requests.add(() -> complete(learner, enrolmentId, page));
        }
        List<Reply> replies = Parallel.inParallel(requests);

        assertTrue(replies.stream().allMatch(reply -> reply.status() == 200), replies.toString());
        JsonObject outline = outline(learner, enrolmentId);
        JsonObject enrolment = outline.getJsonObject("enrolment");
        assertEquals("COMPLETED", enrolment.getString("status"));
        assertEquals(100, progress(enrolment).getInt("percent"));
        assertEquals(8, progress(enrolment).getInt("lessonsDone"), "no completion lost");
        assertEquals(8, progress(enrolment).getInt("lessonsRequired"));
        Instant completedAt = second(progress(enrolment).getString("completedAt"));
        JsonObject module = outline.getJsonArray("modules").getJsonObject(0);
        assertEquals(8, module.getInt("lessonsDone"));
        assertEquals(100, module.getInt("percent"));
        assertTrue(module.getJsonArray("lessons").getValuesAs(JsonObject.class).stream().allMatch(lesson -> lesson.getString("state").equals("DONE")));
        Set<Instant> completedAts = replies.stream().map(reply -> progress(reply.json()))
                .filter(progress -> !progress.isNull("completedAt")).map(progress -> second(progress.getString("completedAt")))
                .collect(Collectors.toSet());
        assertEquals(Set.of(completedAt), completedAts, "completed at one moment, whichever request did it");

        JsonObject later = ok(complete(learner, enrolmentId, course.pages().get(0)));
        assertEquals(completedAt, second(progress(later).getString("completedAt")), "the completion moment is set once");
        JsonObject row = page(author.get("api/v1/courses/" + course.id() + "/enrolments")).getJsonArray("items").getJsonObject(0);
        assertEquals("COMPLETED", row.getString("status"));
        assertEquals(completedAt, second(progress(row).getString("completedAt")));
        assertNotNull(row.getString("firstActivityAt"));
    }

    @Test
    void aQuizIsGradedOnTheServerAndItsAnswersShowOnlyInTheResult() {
        ApiClient author = author();
        ELearning course = eLearning(author, 1, 3, null);
        ApiClient learner = learner();
        long enrolmentId = enrolled(learner, course.id());

        String catalogue = ok(api().get("api/v1/courses/" + course.id())).toString();
        Reply player = learner.get(me(enrolmentId) + "/lessons/" + course.quizId());
        JsonObject lesson = ok(player);
        for (String before : List.of(catalogue, player.body(), learner.get(me(enrolmentId)).body())) {
            assertFalse(before.contains("\"correct\"") || before.contains("feedback") || before.contains("Precies")
                    || before.contains("Inderdaad"), "no answers or feedback before an attempt: " + before);
        }
        assertEquals(2, lesson.getJsonObject("content").getJsonArray("questions").size());
        assertEquals(course.pages().get(0), lesson.getJsonNumber("previousLessonId").longValue());
        assertTrue(lesson.isNull("nextLessonId"));
        assertEquals(course.quizId(), outline(learner, enrolmentId).getJsonObject("enrolment").getJsonNumber("resumeLessonId").longValue(),
                "the lesson opened last is where the learner resumes");

        Reply failed = submit(learner, enrolmentId, course.quizId(), course.wrongAnswers());
        JsonObject result = created(failed);
        assertTrue(failed.header("Location").orElseThrow().endsWith(me(enrolmentId) + "/lessons/" + course.quizId() + "/attempts/1"));
        assertEquals(1, result.getInt("attempt"));
        assertEquals(0, result.getInt("score"));
        assertFalse(result.getBoolean("passed"));
        assertEquals(2, result.getInt("attemptsLeft"));
        List<JsonObject> feedback = result.getJsonArray("feedback").getValuesAs(JsonObject.class);
        assertEquals(2, feedback.size());
        assertTrue(feedback.stream().noneMatch(question -> question.getBoolean("correct")));
        assertTrue(result.getJsonArray("feedback").toString().contains("Daar haken leerlingen op af."), result.toString());
        assertFalse(result.toString().contains("Precies"), "feedback of options not chosen stays hidden");
        JsonObject stored = ok(learner.get(me(enrolmentId) + "/lessons/" + course.quizId() + "/attempts/1"));
        assertEquals(result.getJsonArray("feedback"), stored.getJsonArray("feedback"));
        assertEquals(result.getInt("score"), stored.getInt("score"));
        assertEquals(second(result.getString("submittedAt")), second(stored.getString("submittedAt")));

        JsonObject quizState = lessonIn(outline(learner, enrolmentId), course.quizId());
        assertEquals("FAILED", quizState.getString("state"));
        assertEquals(1, quizState.getInt("attemptsUsed"));
        assertEquals(2, quizState.getInt("attemptsLeft"));
        assertEquals(0, quizState.getInt("bestScore"));

        assertProblem(complete(learner, enrolmentId, course.quizId()), 422, "lesson.quiz-needs-attempt");
        assertProblem(submit(learner, enrolmentId, course.quizId(), "{\"answers\":{\"999999\":[1]}}"), 422, "quiz.unknown-question");
        assertEquals(400, submit(learner, enrolmentId, course.quizId(), "{}").status());
        assertProblem(submit(learner, enrolmentId, course.pages().get(0), course.rightAnswers()), 422, "lesson.not-a-quiz");

        JsonObject passed = created(submit(learner, enrolmentId, course.quizId(), course.rightAnswers()));
        assertEquals(100, passed.getInt("score"));
        assertTrue(passed.getBoolean("passed"));
        assertTrue(passed.toString().contains("Precies, zo wekt u nieuwsgierigheid."));
        assertEquals(1, progress(passed).getInt("lessonsDone"), "the passed quiz counts, the page is not done yet");
        assertEquals("ACTIVE", outline(learner, enrolmentId).getJsonObject("enrolment").getString("status"));

        JsonObject done = ok(complete(learner, enrolmentId, course.pages().get(0)));
        assertEquals("COMPLETED", done.getString("status"));
        JsonObject row = page(author.get("api/v1/courses/" + course.id() + "/enrolments")).getJsonArray("items").getJsonObject(0);
        JsonObject quizScore = row.getJsonArray("quizzes").getJsonObject(0);
        assertEquals(100, quizScore.getInt("bestScore"));
        assertTrue(quizScore.getBoolean("passed"));
        assertEquals(2, quizScore.getInt("attempts"));
    }

    @Test
    void parallelSubmitsCannotPassTheAttemptLimit() throws Exception {
        ELearning course = eLearning(author(), 1, 3, null);
        ApiClient learner = learner();
        long enrolmentId = enrolled(learner, course.id());

        List<Reply> replies = Parallel.inParallel(Parallel.times(10, () -> submit(learner, enrolmentId, course.quizId(), course.wrongAnswers())));

        List<Reply> accepted = replies.stream().filter(reply -> reply.status() == 201).toList();
        assertEquals(3, accepted.size(), replies.toString());
        assertEquals(Set.of(1, 2, 3), accepted.stream().map(reply -> reply.json().getInt("attempt")).collect(Collectors.toSet()));
        replies.stream().filter(reply -> reply.status() != 201).forEach(reply -> assertProblem(reply, 422, "quiz.no-attempts-left"));
        JsonObject quizState = lessonIn(outline(learner, enrolmentId), course.quizId());
        assertEquals(3, quizState.getInt("attemptsUsed"));
        assertEquals(0, quizState.getInt("attemptsLeft"));
    }

    @Test
    void withdrawingAndEnrollingAgainKeepsTheProgress() {
        ELearning course = eLearning(author(), 3, null, null);
        ApiClient learner = learner();
        long enrolmentId = enrolled(learner, course.id());
        ok(complete(learner, enrolmentId, course.pages().get(0)));

        JsonObject withdrawn = ok(learner.send("DELETE", me(enrolmentId), null, null));
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertNotNull(withdrawn.getString("withdrawnAt"));
        assertEquals("WITHDRAWN", ok(learner.send("DELETE", me(enrolmentId), null, null)).getString("status"), "again is harmless");
        assertProblem(complete(learner, enrolmentId, course.pages().get(1)), 422, "enrolment.not-active");

        JsonObject back = ok(enrol(learner, course.id()));
        assertEquals(enrolmentId, id(back), "the same enrolment");
        assertEquals("ACTIVE", back.getString("status"));
        assertEquals(1, progress(back).getInt("lessonsDone"), "with its progress");
        assertTrue(back.isNull("withdrawnAt"));
    }

    @Test
    void aNewVersionLeavesEnrolledAndCompletedLearnersOnTheirVersion() {
        ApiClient author = author();
        ELearning course = eLearning(author, 2, null, null);
        ApiClient finisher = learner();
        long finished = enrolled(finisher, course.id());
        course.pages().forEach(page -> ok(complete(finisher, finished, page)));
        Instant completedAt = second(progress(outline(finisher, finished).getJsonObject("enrolment")).getString("completedAt"));
        ApiClient halfway = learner();
        long started = enrolled(halfway, course.id());
        ok(complete(halfway, started, course.pages().get(0)));

        created(author.post("api/v1/modules/" + course.firstModuleId() + "/lessons",
                Json.createObjectBuilder().add("title", "Nieuw in versie 2").add("kind", "TEXT").add("body", "<p>Nieuw</p>").build().toString()));
        assertEquals(2, ok(author.post("api/v1/courses/" + course.id() + "/publication", "")).getInt("version"));

        JsonObject stillCompleted = outline(finisher, finished).getJsonObject("enrolment");
        assertEquals("COMPLETED", stillCompleted.getString("status"));
        assertEquals(1, stillCompleted.getInt("courseVersion"));
        assertEquals(completedAt, second(progress(stillCompleted).getString("completedAt")));
        assertEquals("COMPLETED", ok(enrol(finisher, course.id())).getString("status"), "enrolling again changes nothing");

        JsonObject onVersionOne = outline(halfway, started);
        assertEquals(1, onVersionOne.getJsonObject("enrolment").getInt("courseVersion"));
        assertEquals(2, onVersionOne.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").size(), "the outline of version 1");
        JsonObject finishing = ok(complete(halfway, started, course.pages().get(1)));
        assertEquals("COMPLETED", finishing.getString("status"), "version 1's lessons complete version 1");

        ApiClient newcomer = learner();
        JsonObject onVersionTwo = created(enrol(newcomer, course.id()));
        assertEquals(2, onVersionTwo.getInt("courseVersion"));
        assertEquals(3, progress(onVersionTwo).getInt("lessonsRequired"));
        assertProblem(complete(newcomer, id(onVersionTwo), course.pages().get(0)), 404, "lesson.not-found");
    }

    // -------------------------------------------------------------------------------------------------------------
    // Who sees what

    @Test
    void aLearnerNeverSeesAnotherLearnersEnrolmentOrTheReports() {
        ApiClient author = author();
        ELearning course = eLearning(author, 1, 2, null);
        ApiClient owner = learner();
        long enrolmentId = enrolled(owner, course.id());
        ApiClient other = learner();

        assertProblem(other.get(me(enrolmentId)), 404, "enrolment.not-found");
        assertProblem(complete(other, enrolmentId, course.pages().get(0)), 404, "enrolment.not-found");
        assertProblem(other.get(me(enrolmentId) + "/lessons/" + course.pages().get(0)), 404, "enrolment.not-found");
        assertProblem(submit(other, enrolmentId, course.quizId(), course.rightAnswers()), 404, "enrolment.not-found");
        assertProblem(other.send("DELETE", me(enrolmentId), null, null), 404, "enrolment.not-found");
        assertFalse(other.get(me(enrolmentId)).body().contains(String.valueOf(course.id())));
        assertEquals(0, page(other.get("api/v1/me/enrolments")).getInt("total"));

        assertRefused(other.get("api/v1/courses/" + course.id() + "/enrolments"));
        assertEquals(403, other.download("api/v1/courses/" + course.id() + "/enrolments.csv").status());
        assertProblem(author().get("api/v1/courses/" + course.id() + "/enrolments"), 403, "report.not-allowed");
        assertEquals(401, api().get(me(enrolmentId)).status());
        assertProblem(other.post("api/v1/courses/" + course.id() + "/enrolments", "{\"emails\":[\"x@ptvt.test\"]}"), 403, "forbidden");
        assertRefused(other.get("api/v1/enrolments/pending"));
        assertEquals("ACTIVE", outline(owner, enrolmentId).getJsonObject("enrolment").getString("status"), "nothing changed");
    }

    @Test
    void aCoordinatorEnrolsAndSeesOnlyTheirOwnOrganisation() {
        ApiClient admin = api().asAdministrator();
        long school = organisation(admin, "Technasium Noorderpoort");
        long otherSchool = organisation(admin, "Lyceum Zuid");
        ApiClient coordinator = api().registerWithRoles("Coördinator", ApiClient.uniqueEmail("coordinator"), PASSWORD, "COORDINATOR");
        placeIn(admin, coordinator, school);
        String ownEmail = ApiClient.uniqueEmail("docent");
        ApiClient ownTeacher = api().registerAndSignIn("Docent, Eigen", ownEmail, PASSWORD);
        placeIn(admin, ownTeacher, school);
        String colleagueEmail = ApiClient.uniqueEmail("collega");
        placeIn(admin, api().registerAndSignIn("Collega", colleagueEmail, PASSWORD), school);
        String outsiderEmail = ApiClient.uniqueEmail("buiten");
        ApiClient outsider = api().registerAndSignIn("Buitenstaander", outsiderEmail, PASSWORD);
        placeIn(admin, outsider, otherSchool);
        ApiClient author = author();
        ELearning course = eLearning(author, 2, null, null);
        String unknown = ApiClient.uniqueEmail("onbekend");

        Reply refused = coordinator.post("api/v1/courses/" + course.id() + "/enrolments",
                Json.createObjectBuilder().add("emails", Json.createArrayBuilder().add(ownEmail).add(outsiderEmail)).build().toString());
        assertProblem(refused, 403, "enrolment.other-organisation");
        assertTrue(refused.json().getString("detail").contains(outsiderEmail), refused.toString());
        assertFalse(refused.json().getString("detail").contains(ownEmail));
        assertEquals(0, page(author.get("api/v1/courses/" + course.id() + "/enrolments")).getInt("total"), "nobody was enrolled");

        Reply bulk = coordinator.post("api/v1/courses/" + course.id() + "/enrolments", Json.createObjectBuilder()
                .add("emails", Json.createArrayBuilder().add(ownEmail).add(colleagueEmail.toUpperCase()).add(unknown).add(ownEmail)).build().toString());
        JsonObject results = created(bulk);
        assertTrue(bulk.header("Location").orElseThrow().endsWith("/api/v1/courses/" + course.id() + "/enrolments"));
        List<JsonObject> lines = results.getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals(3, lines.size(), "duplicates once: " + results);
        assertEquals(List.of("ENROLLED", "ENROLLED", "INVITED"), lines.stream().map(line -> line.getString("outcome")).toList());
        assertEquals("ACTIVE", lines.get(0).getString("status"));
        assertEquals("ACTIVE", lines.get(2).getString("status"), "enrolled on the invited account");
        assertEquals(unknown, lines.get(2).getString("email"));
        assertEquals("ALREADY_ENROLLED", created(coordinator.post("api/v1/courses/" + course.id() + "/enrolments",
                "{\"emails\":[\"" + ownEmail + "\"]}")).getJsonArray("results").getJsonObject(0).getString("outcome"));
        assertEquals(lines.get(0).getJsonNumber("enrolmentId").longValue(), id(ok(enrol(ownTeacher, course.id()))),
                "the teacher finds the enrolment the coordinator made");
        Reply invalid = coordinator.post("api/v1/courses/" + course.id() + "/enrolments", "{\"emails\":[\"geen adres\"]}");
        assertProblem(invalid, 400, "validation");
        assertEquals("emails[0]", invalid.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertProblem(coordinator.post("api/v1/courses/" + course.id() + "/enrolments", "{\"mails\":[]}"), 400, "validation");
        created(enrol(outsider, course.id()));

        assertEquals(Set.of(ownEmail, colleagueEmail, unknown), emails(page(coordinator.get("api/v1/courses/" + course.id() + "/enrolments"))));
        assertEquals(1, page(coordinator.get("api/v1/courses/" + course.id() + "/enrolments?q=" + colleagueEmail.substring(0, 14))).getInt("total"));
        assertProblem(coordinator.get("api/v1/courses/" + course.id() + "/enrolments?organisation=" + otherSchool), 403, "report.other-organisation");
        assertEquals(Set.of(ownEmail, colleagueEmail, unknown, outsiderEmail), emails(page(author.get("api/v1/courses/" + course.id() + "/enrolments"))));
        assertEquals(Set.of(outsiderEmail), emails(page(author.get("api/v1/courses/" + course.id() + "/enrolments?organisation=" + otherSchool))));

        ApiClient.Download csv = coordinator.download("api/v1/courses/" + course.id() + "/enrolments.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").orElseThrow().startsWith("text/csv"));
        String[] rows = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n");
        assertEquals(4, rows.length, "a header and the three people of the school");
        assertTrue(rows[0].startsWith("enrolment_id,account_id,name,email"));
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).contains("\"Docent, Eigen\""), "quoted as RFC 4180 says");
        assertEquals(5, new String(author.download("api/v1/courses/" + course.id() + "/enrolments.csv").body(), StandardCharsets.UTF_8).split("\r\n").length);

        Reply overview = coordinator.get("api/v1/organisations/" + school + "/progress");
        assertEquals(200, overview.status(), overview.toString());
        JsonObject count = overview.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getJsonNumber("courseId").longValue() == course.id()).findFirst().orElseThrow();
        assertEquals(3, count.getInt("active"));
        assertEquals(0, count.getInt("pending"));
        assertProblem(coordinator.get("api/v1/organisations/" + otherSchool + "/progress"), 403, "report.other-organisation");
    }

    // -------------------------------------------------------------------------------------------------------------
    // Approvals

    private static String decision(boolean approved, String reason) {
        JsonObjectBuilder decision = Json.createObjectBuilder().add("approved", approved);
        return (reason == null ? decision : decision.add("reason", reason)).build().toString();
    }

    private static Set<Long> pendingIds(ApiClient approver) {
        return page(approver.get("api/v1/enrolments/pending?size=100")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getJsonNumber("enrolmentId").longValue()).collect(Collectors.toSet());
    }

    @Test
    void aCourseWithApprovalWaitsForTheLearnersOwnCoordinatorOrAnAdministrator() {
        ApiClient admin = api().asAdministrator();
        long school = organisation(admin, "OBS De Uitvinderij");
        ApiClient coordinator = api().registerWithRoles("Coördinator", ApiClient.uniqueEmail("coordinator"), PASSWORD, "COORDINATOR");
        placeIn(admin, coordinator, school);
        ApiClient otherCoordinator = api().registerWithRoles("Andere coördinator", ApiClient.uniqueEmail("coordinator"), PASSWORD, "COORDINATOR");
        placeIn(admin, otherCoordinator, organisation(admin, "OBS Elders"));
        ApiClient teacher = learner();
        placeIn(admin, teacher, school);
        ApiClient author = author();
        ELearning course = eLearning(author, 1, null, "COORDINATOR");
        assertEquals("COORDINATOR", ok(api().get("api/v1/courses/" + course.id())).getString("enrolmentApproval"));

        JsonObject pending = created(enrol(teacher, course.id()));
        long enrolmentId = id(pending);
        assertEquals("PENDING", pending.getString("status"));
        assertTrue(pending.isNull("decision"));
        assertProblem(teacher.get(me(enrolmentId) + "/lessons/" + course.pages().get(0)), 422, "enrolment.not-active");
        assertTrue(pendingIds(coordinator).contains(enrolmentId));
        assertFalse(pendingIds(otherCoordinator).contains(enrolmentId));
        assertProblem(otherCoordinator.post("api/v1/enrolments/" + enrolmentId + "/decision", decision(true, null)), 404, "enrolment.not-found");

        JsonObject refused = ok(coordinator.post("api/v1/enrolments/" + enrolmentId + "/decision", decision(false, "Volg eerst de basistraining")));
        assertEquals("WITHDRAWN", refused.getString("status"));
        JsonObject seen = outline(teacher, enrolmentId).getJsonObject("enrolment").getJsonObject("decision");
        assertFalse(seen.getBoolean("approved"));
        assertEquals("Volg eerst de basistraining", seen.getString("reason"));

        JsonObject askedAgain = ok(enrol(teacher, course.id()));
        assertEquals("PENDING", askedAgain.getString("status"));
        assertTrue(askedAgain.isNull("decision"));
        JsonObject approved = ok(coordinator.post("api/v1/enrolments/" + enrolmentId + "/decision", decision(true, null)));
        assertEquals("ACTIVE", approved.getString("status"));
        assertTrue(approved.getJsonObject("decision").getBoolean("approved"));
        assertProblem(coordinator.post("api/v1/enrolments/" + enrolmentId + "/decision", decision(true, null)), 422, "enrolment.not-pending");
        assertEquals("COMPLETED", ok(complete(teacher, enrolmentId, course.pages().get(0))).getString("status"));

        ELearning adminOnly = eLearning(author, 1, null, "ADMIN");
        long waiting = id(created(enrol(teacher, adminOnly.id())));
        assertFalse(pendingIds(coordinator).contains(waiting));
        assertProblem(coordinator.post("api/v1/enrolments/" + waiting + "/decision", decision(true, null)), 403,
                "enrolment.approval-by-administrator");
        assertTrue(pendingIds(admin).contains(waiting));
        assertEquals(400, admin.post("api/v1/enrolments/" + waiting + "/decision", "{}").status());
        assertEquals("ACTIVE", ok(admin.post("api/v1/enrolments/" + waiting + "/decision", decision(true, "Welkom"))).getString("status"));
    }

    // -------------------------------------------------------------------------------------------------------------
    // Invitations and mails (through the test run's SMTP server)

    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);
    private static final Pattern ACTIVATION_CODE = Pattern.compile("/activeren\\?code=([A-Za-z0-9_-]{43})\\s");

    private static String bulk(String... emails) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String email : emails) {
            list.add(email);
        }
        return Json.createObjectBuilder().add("emails", list).build().toString();
    }

    /** A new account with the role, placed in the school by the administrator. */
    private ApiClient memberOf(ApiClient admin, long school, String name, String email, String... roles) {
        ApiClient member = roles.length == 0 ? api().registerAndSignIn(name, email, PASSWORD)
                : api().registerWithRoles(name, email, PASSWORD, roles);
        placeIn(admin, member, school);
        return member;
    }

    private String title(long courseId) {
        return ok(api().get("api/v1/courses/" + courseId)).getString("title");
    }

    @Test
    void aCoordinatorsBulkEnrolmentMailsThoseItEnrolsAndInvitesNewcomersWhoFindTheCourseWaiting() throws Exception {
        ApiClient admin = api().asAdministrator();
        long school = organisation(admin, "Technasium Noorderpoort");
        ApiClient coordinator = memberOf(admin, school, "Sanne Coördinator", ApiClient.uniqueEmail("coordinator"), "COORDINATOR");
        String teacherEmail = ApiClient.uniqueEmail("docent");
        memberOf(admin, school, "Jan de Vries", teacherEmail);
        String newcomer = ApiClient.uniqueEmail("nieuw");
        ELearning course = eLearning(author(), 2, null, null);
        String title = title(course.id());

        List<JsonObject> lines = created(coordinator.post("api/v1/courses/" + course.id() + "/enrolments", bulk(teacherEmail, newcomer)))
                .getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals(List.of("ENROLLED", "INVITED"), lines.stream().map(line -> line.getString("outcome")).toList());
        long teacherEnrolment = lines.get(0).getJsonNumber("enrolmentId").longValue();
        long newcomerEnrolment = lines.get(1).getJsonNumber("enrolmentId").longValue();

        String enrolled = mailTexts(teacherEmail, "Je bent ingeschreven voor " + title, 1).get(0);
        assertTrue(enrolled.startsWith("Beste Jan de Vries,\n\nSanne Coördinator heeft je ingeschreven"), enrolled);
        assertTrue(enrolled.contains("/leren?inschrijving=" + teacherEnrolment + "\n"), "the link to the lesson player: " + enrolled);
        String invitation = mailTexts(newcomer, "Uitnodiging voor de PTvT Academy / Invitation to the PTvT Academy", 1).get(0);
        assertTrue(invitation.contains("Sanne Coördinator van Technasium Noorderpoort"), invitation);
        assertEquals(1, queuedMails(newcomer), "the invitation is the newcomer's only mail");

        assertEquals("ALREADY_ENROLLED", created(coordinator.post("api/v1/courses/" + course.id() + "/enrolments", bulk(teacherEmail)))
                .getJsonArray("results").getJsonObject(0).getString("outcome"));
        assertEquals(1, queuedMails(teacherEmail), "no second mail for an enrolment that was there");

        Matcher code = ACTIVATION_CODE.matcher(invitation);
        assertTrue(code.find(), invitation);
        ok(api().post("api/v1/invitations/activation", Json.createObjectBuilder().add("code", code.group(1))
                .add("name", "Nieuwe Collega").add("password", PASSWORD).build().toString()));
        ApiClient activated = api().signIn(newcomer, PASSWORD);
        assertEquals(school, id(ok(activated.get("api/v1/me")).getJsonObject("organisation")), "invited into the coordinator's organisation");
        JsonObject waiting = page(activated.get("api/v1/me/enrolments")).getJsonArray("items").getJsonObject(0);
        assertEquals(newcomerEnrolment, id(waiting));
        assertEquals("ACTIVE", waiting.getString("status"));
        assertEquals("ACTIVE", ok(complete(activated, newcomerEnrolment, course.pages().get(0))).getString("status"), "the course is open");

        String adminsNewcomer = ApiClient.uniqueEmail("nieuw");
        JsonObject byAdmin = created(admin.post("api/v1/courses/" + course.id() + "/enrolments", bulk(adminsNewcomer)))
                .getJsonArray("results").getJsonObject(0);
        assertEquals("INVITED", byAdmin.getString("outcome"));
        JsonObject adminsInvitee = page(admin.get("api/v1/users?q=" + adminsNewcomer)).getJsonArray("items").getJsonObject(0);
        assertTrue(adminsInvitee.isNull("organisation"), "an administrator invites into no organisation: " + adminsInvitee);
        assertFalse(adminsInvitee.getBoolean("active"));
    }

    @Test
    void aRefusedBulkEnrolmentLeavesNoAccountInvitationMailOrEnrolmentBehind() throws Exception {
        ApiClient admin = api().asAdministrator();
        long school = organisation(admin, "OBS De Uitvinderij");
        ApiClient coordinator = memberOf(admin, school, "Coördinator", ApiClient.uniqueEmail("coordinator"), "COORDINATOR");
        String teacherEmail = ApiClient.uniqueEmail("docent");
        memberOf(admin, school, "Docent", teacherEmail);
        String outsiderEmail = ApiClient.uniqueEmail("buiten");
        memberOf(admin, organisation(admin, "Lyceum Zuid"), "Buitenstaander", outsiderEmail);
        String newcomer = ApiClient.uniqueEmail("nieuw");
        ELearning course = eLearning(author(), 1, null, null);

        assertProblem(coordinator.post("api/v1/courses/" + course.id() + "/enrolments", bulk(newcomer, teacherEmail, outsiderEmail)),
                403, "enrolment.other-organisation");

        assertEquals(0, count("SELECT COUNT(*) FROM account WHERE email_key = ?", newcomer), "no account for the newcomer");
        assertEquals(0, count("SELECT COUNT(*) FROM account_invitation i JOIN account a ON a.id = i.account_id WHERE a.email_key = ?", newcomer));
        assertEquals(0, queuedMails(newcomer) + queuedMails(teacherEmail), "no invitation, no enrolment mail");
        assertEquals(0, page(admin.get("api/v1/courses/" + course.id() + "/enrolments")).getInt("total"), "nobody enrolled");

        String deactivatedEmail = ApiClient.uniqueEmail("weg");
        ApiClient leaving = memberOf(admin, school, "Vertrokken", deactivatedEmail);
        ok(admin.put("api/v1/users/" + id(ok(leaving.get("api/v1/me"))) + "/status", "{\"active\":false}"));
        JsonObject left = created(coordinator.post("api/v1/courses/" + course.id() + "/enrolments", bulk(deactivatedEmail)))
                .getJsonArray("results").getJsonObject(0);
        assertEquals("NOT_ENROLLED", left.getString("outcome"));
        assertEquals("ACCOUNT_DEACTIVATED", left.getString("reason"));
        assertEquals(0, queuedMails(deactivatedEmail));
    }

    @Test
    void approversHearOfARequestOnceAndTheLearnerHearsTheDecision() throws Exception {
        ApiClient admin = api().asAdministrator();
        long school = organisation(admin, "OBS De Uitvinderij");
        String coordinatorEmail = ApiClient.uniqueEmail("coordinator");
        ApiClient coordinator = memberOf(admin, school, "Sanne", coordinatorEmail, "COORDINATOR");
        String teacherEmail = ApiClient.uniqueEmail("docent");
        ApiClient teacher = memberOf(admin, school, "Jan", teacherEmail);
        ApiClient author = author();
        ELearning course = eLearning(author, 1, null, "COORDINATOR");
        String title = title(course.id());
        String request = "Aanvraag ter goedkeuring: " + title;

        List<Reply> doubleClick = Parallel.inParallel(Parallel.times(2, () -> enrol(teacher, course.id())));
        long enrolmentId = id(doubleClick.get(0).json());
        assertEquals("PENDING", ok(enrol(teacher, course.id())).getString("status"), "and once more");
        String asked = mailTexts(coordinatorEmail, request, 1).get(0);
        assertTrue(asked.contains("Jan (" + teacherEmail + ", OBS De Uitvinderij"), asked);
        assertTrue(asked.contains("/coordinator/goedkeuren\n"), asked);
        assertEquals(1, queuedMails(coordinatorEmail), "one mail for three requests");

        ok(coordinator.post("api/v1/enrolments/" + enrolmentId + "/decision", decision(false, "Volg eerst de basistraining")));
        String refused = mailTexts(teacherEmail, "Je inschrijving voor " + title + " is niet goedgekeurd", 1).get(0);
        assertTrue(refused.contains("Reden: Volg eerst de basistraining"), refused);
        assertTrue(refused.contains("/cursus/"), "the course page, to ask again: " + refused);

        assertEquals("PENDING", ok(enrol(teacher, course.id())).getString("status"));
        mailTexts(coordinatorEmail, request, 2);
        ok(coordinator.post("api/v1/enrolments/" + enrolmentId + "/decision", decision(true, null)));
        String approved = mailTexts(teacherEmail, "Je inschrijving voor " + title + " is goedgekeurd", 1).get(0);
        assertTrue(approved.contains("/leren?inschrijving=" + enrolmentId + "\n"), approved);

        ELearning adminOnly = eLearning(author, 1, null, "ADMIN");
        enrolled(teacher, adminOnly.id());
        String toAdmin = mailTexts(IntegrationTestServer.ADMIN_EMAIL, "Aanvraag ter goedkeuring: " + title(adminOnly.id()), 1).get(0);
        assertTrue(toAdmin.contains(teacherEmail), toAdmin);
        assertEquals(2, queuedMails(coordinatorEmail), "a course approved by administrators does not mail coordinators");
    }

    /** The mails to the address whose subject is this one, once {@code count} of them have arrived. */
    private static List<String> mailTexts(String address, String subject, int count) throws Exception {
        Instant deadline = Instant.now().plus(MAIL_PATIENCE);
        List<String> texts = texts(address, subject);
        while (texts.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            texts = texts(address, subject);
        }
        assertEquals(count, texts.size(), "mails \"" + subject + "\" to " + address);
        return texts;
    }

    private static List<String> texts(String address, String subject) throws Exception {
        List<String> texts = new ArrayList<>();
        for (MimeMessage mail : TestMailServer.mailTo(address)) {
            if (mail.getSubject().equals(subject)) {
                // SMTP carries CRLF line ends
                texts.add(((String) mail.getContent()).replace("\r\n", "\n"));
            }
        }
        return texts;
    }

    /** What the outbox holds for the address (sent or not), which no API shows. */
    private static int queuedMails(String address) throws SQLException {
        return count("SELECT COUNT(*) FROM mail_outbox WHERE recipient_address = ?", address);
    }

    private static int count(String sql, String parameter) throws SQLException {
        try (Connection database = IntegrationTestServer.openDatabase(); PreparedStatement query = database.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
