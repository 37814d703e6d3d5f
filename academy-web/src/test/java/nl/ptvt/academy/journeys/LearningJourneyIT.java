package nl.ptvt.academy.journeys;

import static nl.ptvt.academy.journeys.ELearningFixture.FILE_LESSON;
import static nl.ptvt.academy.journeys.ELearningFixture.FILE_NAME;
import static nl.ptvt.academy.journeys.ELearningFixture.QUIZ;
import static nl.ptvt.academy.journeys.ELearningFixture.SINGLE_QUESTION;
import static nl.ptvt.academy.journeys.ELearningFixture.SINGLE_RIGHT;
import static nl.ptvt.academy.journeys.ELearningFixture.SINGLE_WRONG;
import static nl.ptvt.academy.journeys.ELearningFixture.SINGLE_WRONG_FEEDBACK;
import static nl.ptvt.academy.journeys.ELearningFixture.TEXT_BODY;
import static nl.ptvt.academy.journeys.ELearningFixture.TEXT_LESSON;
import static nl.ptvt.academy.journeys.ELearningFixture.TRUE;
import static nl.ptvt.academy.journeys.ELearningFixture.TRUE_FALSE_QUESTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ptvt.academy.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The online-learning journeys in headless Chromium against the Academy on Payara Micro with MariaDB: a teacher
 * enrols in an e-learning course from its page, works through it over two visits and passes its quiz at the second
 * try; a coordinator enrols colleagues, follows their progress and refuses a request; an author follows the learners
 * of their course. Visitors and learners are kept out of what is not theirs, and every page meets WCAG 2.1 AA.
 * The courses are made through the REST API ({@link ELearningFixture}).
 */
class LearningJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "techniek-is-leuk-2026";
    private static final String FORBIDDEN = "U hebt geen toegang tot deze pagina";

    private ApiClient api() {
        return ApiClient.at(deployment);
    }

    private ApiClient author() {
        return api().newAuthor(PASSWORD);
    }

    @Test
    void aTeacherEnrolsWorksThroughTheLessonsOverTwoVisitsAndPassesTheQuizAtTheSecondTry() {
        ELearningFixture course = ELearningFixture.publish(author(), "NONE");
        String email = ApiClient.uniqueEmail("sanne");
        api().registerAndSignIn("Sanne de Vries", email, PASSWORD);
        List<String> problems = new ArrayList<>();

        CoursePage coursePage = new CoursePage(browser, base).open(course.slug());
        assertTrue(coursePage.enrolment().contains("Inloggen en inschrijven"), coursePage.enrolment());
        problems.addAll(Accessibility.check(browser, null));
        coursePage.loginToEnrol().logIn(email, PASSWORD);
        assertTrue(browser.getCurrentUrl().endsWith("/cursus/" + course.slug()), "back on the course page: " + browser.getCurrentUrl());
        assertTrue(coursePage.enrolment().contains("Inschrijven"), coursePage.enrolment());
        problems.addAll(Accessibility.check(browser, null));

        LessonPlayerPage player = coursePage.enrol();
        assertTrue(player.text().contains("U bent ingeschreven"), "one click, and the first lesson opens");
        assertEquals(TEXT_LESSON, player.lessonTitle());
        assertEquals(List.of(TEXT_LESSON + ": Nog niet gedaan", FILE_LESSON + ": Nog niet gedaan", QUIZ + ": Nog niet gemaakt"),
                player.outline());
        assertEquals("0", player.courseProgressValue());
        assertTrue(player.courseProgress().startsWith("0% · 0 van 3 verplichte lessen"), player.courseProgress());
        assertTrue(player.lessonText().contains(TEXT_BODY), player.lessonText());
        problems.addAll(Accessibility.check(browser, null));

        player.markDone();
        assertTrue(player.lessonState().endsWith("Gedaan"), player.lessonState());
        assertEquals("33", player.courseProgressValue());
        assertTrue(player.courseProgress().startsWith("33% · 1 van 3"), player.courseProgress());
        player.next();
        assertEquals(FILE_LESSON, player.lessonTitle());
        assertTrue(player.downloadLink().contains(FILE_NAME), player.downloadLink());
        problems.addAll(Accessibility.check(browser, null));

        // An evening later: the dashboard, "Verder", and the player opens where the teacher stopped.
        MyAcademyPage dashboard = new MyAcademyPage(browser, base).openFromHeader();
        List<String> active = dashboard.courses("active");
        assertEquals(1, active.size(), active.toString());
        assertTrue(active.get(0).contains(course.title()) && active.get(0).contains("33%"), active.get(0));
        problems.addAll(Accessibility.check(browser, null));
        player = dashboard.continueWith(course.title());
        assertEquals(FILE_LESSON, player.lessonTitle(), "resumed at the last lesson");
        assertEquals(FILE_LESSON, player.currentInOutline());

        player.markDone().next();
        assertEquals(QUIZ, player.lessonTitle());
        assertTrue(player.attempts().contains("0 van 3"), player.attempts());
        problems.addAll(Accessibility.check(browser, null));

        player.answer(SINGLE_QUESTION, SINGLE_WRONG).answer(TRUE_FALSE_QUESTION, TRUE).submitQuiz();
        assertTrue(player.verdict().contains("Niet gehaald: 50% goed (nodig: 100%)"), player.verdict());
        assertTrue(player.quizResult().contains(SINGLE_WRONG_FEEDBACK), "feedback on the chosen answer: " + player.quizResult());
        assertTrue(player.lessonState().endsWith("Niet gehaald"), player.lessonState());
        assertTrue(player.attempts().contains("1 van 3"), player.attempts());
        assertEquals("66", player.courseProgressValue(), "a failed quiz does not count");
        problems.addAll(Accessibility.check(browser, null));

        player.retry().answer(SINGLE_QUESTION, SINGLE_RIGHT).answer(TRUE_FALSE_QUESTION, TRUE).submitQuiz();
        assertTrue(player.verdict().contains("Gehaald: 100% goed"), player.verdict());
        assertTrue(player.text().contains("Gefeliciteerd! U hebt de cursus afgerond."), player.text());
        assertTrue(player.completion().contains("Afgerond"), player.completion());
        assertEquals("100", player.courseProgressValue());
        assertTrue(player.courseProgress().startsWith("100% · 3 van 3"), player.courseProgress());
        problems.addAll(Accessibility.check(browser, null));

        dashboard = player.toDashboard();
        assertEquals(List.of(), dashboard.courses("active"));
        List<String> completed = dashboard.courses("completed");
        assertEquals(1, completed.size(), completed.toString());
        assertTrue(completed.get(0).contains(course.title()) && completed.get(0).contains("100%")
                && completed.get(0).contains("Afgerond"), completed.get(0));
        problems.addAll(Accessibility.check(browser, null));
        assertTrue(coursePage.open(course.slug()).enrolment().contains("Afgerond"), coursePage.enrolment());
        assertEquals(List.of(), problems);
    }

    @Test
    void visitorsMustSignInAndLearnersAreKeptOutOfOtherPeoplesLearning() {
        ELearningFixture course = ELearningFixture.publish(author(), "NONE");
        ApiClient someoneElse = api().registerAndSignIn("Femke Visser", ApiClient.uniqueEmail("femke"), PASSWORD);
        long theirEnrolment = someoneElse.post("api/v1/courses/" + course.id() + "/enrolments", "").json()
                .getJsonNumber("id").longValue();

        browser.get(base + "/mijn-academy");
        assertTrue(browser.getCurrentUrl().contains("/inloggen?terug=%2Fmijn-academy"), browser.getCurrentUrl());
        browser.get(base + "/leren?inschrijving=" + theirEnrolment);
        assertTrue(browser.getCurrentUrl().contains("/inloggen"), browser.getCurrentUrl());

        // A visitor without an account registers from the course page and comes back to it after the login.
        String email = ApiClient.uniqueEmail("daan");
        new CoursePage(browser, base).open(course.slug()).registerToEnrol().register("Daan Smit", email, PASSWORD).logIn(email, PASSWORD);
        assertTrue(browser.getCurrentUrl().endsWith("/cursus/" + course.slug()), "back on the course page: " + browser.getCurrentUrl());

        browser.manage().deleteAllCookies();
        new LoginPage(browser, base).open().logIn(email, PASSWORD);
        MyAcademyPage dashboard = new MyAcademyPage(browser, base);
        assertTrue(browser.getCurrentUrl().endsWith("/mijn-academy"), "a login lands on Mijn Academy: " + browser.getCurrentUrl());
        assertTrue(dashboard.emptyState().contains("U volgt nog geen cursussen"), dashboard.emptyState());
        List<String> problems = new ArrayList<>(Accessibility.check(browser, null));
        assertTrue(browser.findElements(By.id("nav-coordination")).isEmpty(), "no Coördinatie in a learner's header");

        new LessonPlayerPage(browser, base).open(theirEnrolment);
        assertEquals("Deze pagina bestaat niet", dashboard.heading(), "someone else's enrolment is not found");
        for (String page : List.of("/coordinator/voortgang", "/coordinator/inschrijven", "/coordinator/goedkeuren",
                "/coordinator/deelnemers.csv?cursus=" + course.id(), "/auteur/deelnemers?cursus=" + course.id())) {
            browser.get(base + page);
            assertEquals(FORBIDDEN, dashboard.heading(), page);
        }

        // Enrolling and withdrawing again: the course is listed as left, and can be enrolled in again.
        CoursePage coursePage = new CoursePage(browser, base).open(course.slug());
        coursePage.enrol();
        String withdrawn = coursePage.open(course.slug()).withdraw().enrolment();
        assertTrue(withdrawn.contains("U bent uitgeschreven. Uw voortgang blijft bewaard.") && withdrawn.contains("Inschrijven"), withdrawn);
        problems.addAll(Accessibility.check(browser, null));
        List<String> left = dashboard.open().courses("withdrawn");
        assertEquals(1, left.size(), left.toString());
        assertTrue(left.get(0).contains(course.title()) && left.get(0).contains("U bent afgemeld"), left.get(0));
        assertEquals(List.of(), problems);
    }

    @Test
    void aCoordinatorEnrolsColleaguesFollowsTheirProgressAndRefusesARequest() throws Exception {
        ApiClient admin = api().asAdministrator();
        long organisation = admin.post("api/v1/organisations", Json.createObjectBuilder()
                .add("name", "Technasium De Ring " + UUID.randomUUID()).add("type", "SECONDARY_SCHOOL").add("province", "GR")
                .build().toString()).json().getJsonNumber("id").longValue();
        String coordinatorEmail = ApiClient.uniqueEmail("karin");
        placeIn(admin, api().registerWithRoles("Karin Mulder", coordinatorEmail, PASSWORD, "COORDINATOR"), organisation);
        String ahmed = ApiClient.uniqueEmail("ahmed");
        String lotte = ApiClient.uniqueEmail("lotte");
        ApiClient ahmedApi = api().registerAndSignIn("Ahmed El Amrani", ahmed, PASSWORD);
        ApiClient lotteApi = api().registerAndSignIn("Lotte Jansen", lotte, PASSWORD);
        placeIn(admin, ahmedApi, organisation);
        placeIn(admin, lotteApi, organisation);
        ApiClient author = author();
        ELearningFixture open = ELearningFixture.publish(author, "NONE");
        ELearningFixture withApproval = ELearningFixture.publish(author, "COORDINATOR");
        List<String> problems = new ArrayList<>();

        new LoginPage(browser, base).open().logIn(coordinatorEmail, PASSWORD);
        CoordinatorPages coordination = new CoordinatorPages(browser, base).openFromHeader();
        assertTrue(coordination.text().contains("Nog niemand van uw organisatie volgt een e-learning"), coordination.text());
        problems.addAll(Accessibility.check(browser, null));

        assertEquals(List.of(), coordination.openBulkEnrolment().enrol(open.title(), ahmed + "\ngeen-adres"));
        assertTrue(coordination.text().contains("geen-adres: Dit is geen e-mailadres"), "the wrong address is named: " + coordination.text());
        problems.addAll(Accessibility.check(browser, null));
        String newcomer = "nieuw-" + ahmed;
        List<String> results = coordination.openBulkEnrolment().enrol(open.title(), ahmed + "\n" + lotte + ", " + newcomer);
        assertEquals(3, results.size(), results.toString());
        assertTrue(results.get(0).startsWith(ahmed) && results.get(0).contains("Ingeschreven"), results.get(0));
        assertTrue(results.get(1).startsWith(lotte) && results.get(1).contains("Ingeschreven"), results.get(1));
        assertTrue(results.get(2).startsWith(newcomer) && results.get(2).contains("Uitgenodigd en ingeschreven"), results.get(2));
        assertTrue(coordination.text().contains("3 van 3 adressen ingeschreven"), coordination.text());
        problems.addAll(Accessibility.check(browser, null));

        long ahmedEnrolment = ahmedApi.get("api/v1/me/enrolments").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(200, ahmedApi.put("api/v1/me/enrolments/" + ahmedEnrolment + "/lessons/" + open.textLessonId() + "/completion", "").status());
        assertEquals(201, lotteApi.post("api/v1/courses/" + withApproval.id() + "/enrolments", "").status());

        String counts = coordination.openProgress().counts(open.title());
        assertTrue(counts.matches("(?s).*" + Pattern.quote(open.title()) + "\\s+0\\s+3\\s+0\\s+0\\s+11%.*"),
                "waiting, learning, completed, withdrawn, average: " + counts);
        String waiting = coordination.counts(withApproval.title());
        assertTrue(waiting.matches("(?s).*" + Pattern.quote(withApproval.title()) + "\\s+1\\s+0\\s+0\\s+0.*"), waiting);
        LearnerReport learners = coordination.learners(open.title());
        List<String> rows = learners.rows();
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.contains("Ahmed El Amrani") && row.contains("33%")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.contains("Lotte Jansen") && row.contains("0%")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.contains(newcomer)), "the invited colleague is enrolled too: " + rows);
        problems.addAll(Accessibility.check(browser, null));
        String csv = download(learners.csvAddress());
        assertTrue(csv.contains(ahmed) && csv.contains(lotte) && csv.contains(newcomer), csv);

        coordination.openApprovals();
        assertTrue(coordination.requests().stream().anyMatch(row -> row.contains("Lotte Jansen") && row.contains(withApproval.title())),
                coordination.requests().toString());
        problems.addAll(Accessibility.check(browser, null));
        String refused = coordination.refuse("Lotte Jansen", "Volg eerst de basistraining.");
        assertTrue(refused.contains("De aanmelding van Lotte Jansen voor " + withApproval.title() + " is afgewezen"), refused);

        browser.manage().deleteAllCookies();
        new LoginPage(browser, base).open().logIn(lotte, PASSWORD);
        List<String> withdrawn = new MyAcademyPage(browser, base).courses("withdrawn");
        assertEquals(1, withdrawn.size(), withdrawn.toString());
        assertTrue(withdrawn.get(0).contains("Aanmelding afgewezen") && withdrawn.get(0).contains("Volg eerst de basistraining."),
                withdrawn.get(0));
        assertTrue(new MyAcademyPage(browser, base).courses("active").get(0).contains(open.title()));
        assertEquals(List.of(), problems);
    }

    @Test
    void anAuthorFollowsTheLearnersOfTheirCourseAndAnotherAuthorIsRefused() throws Exception {
        String authorEmail = ApiClient.uniqueEmail("auteur");
        ELearningFixture course = ELearningFixture.publish(api().registerWithRoles("Pieter Bakker", authorEmail, PASSWORD, "AUTHOR"), "NONE");
        String anna = ApiClient.uniqueEmail("anna");
        String bram = ApiClient.uniqueEmail("bram");
        ApiClient annaApi = api().registerAndSignIn("Anna de Boer", anna, PASSWORD);
        ApiClient bramApi = api().registerAndSignIn("Bram Willems", bram, PASSWORD);
        long annaEnrolment = annaApi.post("api/v1/courses/" + course.id() + "/enrolments", "").json().getJsonNumber("id").longValue();
        assertEquals(200, annaApi.put("api/v1/me/enrolments/" + annaEnrolment + "/lessons/" + course.fileLessonId() + "/completion", "").status());
        assertEquals(201, bramApi.post("api/v1/courses/" + course.id() + "/enrolments", "").status());

        new LoginPage(browser, base).open().logIn(authorEmail, PASSWORD);
        LearnerReport learners = new AuthorCoursesPage(browser, base).open().edit(course.title()).learners();
        assertEquals("Deelnemers: " + course.title(), learners.heading());
        List<String> rows = learners.rows();
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("Anna de Boer") && rows.get(0).contains(anna) && rows.get(0).contains("33%")
                && rows.get(0).contains("Bezig"), rows.get(0));
        List<String> problems = new ArrayList<>(Accessibility.check(browser, null));

        rows = learners.filter("Bezig", "bram-").rows();
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("Bram Willems"), rows.get(0));
        String csv = download(learners.csvAddress());
        assertTrue(csv.contains(bram) && !csv.contains(anna), "the export follows the filters: " + csv);
        assertTrue(learners.filter("Afgerond", "").text().contains("Er zijn (nog) geen deelnemers"), learners.text());
        problems.addAll(Accessibility.check(browser, null));

        browser.manage().deleteAllCookies();
        String otherAuthor = ApiClient.uniqueEmail("auteur");
        api().registerWithRoles("Joris de Wit", otherAuthor, PASSWORD, "AUTHOR");
        new LoginPage(browser, base).open().logIn(otherAuthor, PASSWORD);
        learners.openForAuthor(course.id());
        assertEquals(FORBIDDEN, learners.heading(), "only the course's own authors see its learners");
        assertEquals(List.of(), problems);
    }

    private static void placeIn(ApiClient admin, ApiClient person, long organisationId) {
        long accountId = person.get("api/v1/me").json().getJsonNumber("id").longValue();
        ApiClient.Reply placed = admin.put("api/v1/users/" + accountId + "/organisation", "{\"organisationId\":" + organisationId + "}");
        assertEquals(200, placed.status(), placed.toString());
    }

    /** Downloads an address with the browser's session, as the browser would (a download cannot be read in it). */
    private String download(String address) throws IOException, InterruptedException {
        String cookies = browser.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), response.headers().toString());
        return response.body();
    }
}
