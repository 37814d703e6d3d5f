package nl.ptvt.academy.journeys;

import static nl.ptvt.academy.testing.Sessions.onSite;
import static nl.ptvt.academy.testing.Sessions.schedule;
import static nl.ptvt.academy.testing.Sessions.startedYesterday;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.ptvt.academy.testing.ApiClient;
import nl.ptvt.academy.testing.ApiClient.Reply;
import nl.ptvt.academy.testing.Courses;
import nl.ptvt.academy.testing.IntegrationTestServer;
import org.junit.jupiter.api.Test;

/**
 * The trainer's page and "mijn boekingen" in headless Chromium against the Academy on Payara Micro with MariaDB: a
 * trainer opens yesterday's session, marks one participant attended and one a no-show, saves, sees the session
 * completed and downloads the sign-in sheet; a learner is refused the trainer's page; a learner sees their booking
 * and cancels it after confirming. Every page meets WCAG 2.1 AA. Sessions are made over REST.
 */
class TrainerJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "techniek-is-leuk-2026";
    private static final DateTimeFormatter DUTCH_DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            Locale.forLanguageTag("nl-NL")).withZone(java.time.ZoneId.of("Europe/Amsterdam"));

    @Test
    void aTrainerRecordsAttendanceSeesTheSessionCompletedAndDownloadsTheSignInSheet() throws Exception {
        String trainerEmail = uniqueEmail("trainer");
        ApiClient trainer = api().registerWithRoles("Tessa Trainer", trainerEmail, PASSWORD, "TRAINER");
        ApiClient author = api().registerWithRoles("Ruben Auteur", uniqueEmail("auteur"), PASSWORD, "AUTHOR");
        String title = "Workshop solderen " + unique();
        long course = Courses.publish(author, Courses.details(title, "WORKSHOP", null, "PRIMARY_TEACHER"));
        long trainerId = id(ok(trainer.get("api/v1/me")));
        long session = id(schedule(author, course, onSite(5).add("trainers", Json.createArrayBuilder().add(trainerId))));
        long sanne = bookingOf(api().registerAndSignIn("Sanne de Vries", uniqueEmail("sanne"), PASSWORD), session);
        long jurgen = bookingOf(api().registerAndSignIn("Jürgen Öztürk", uniqueEmail("jurgen"), PASSWORD), session);
        startedYesterday(session);
        List<String> problems = new ArrayList<>();

        new LoginPage(browser, base).open().logIn(trainerEmail, PASSWORD);
        TrainerPages pages = new TrainerPages(browser, base).openSessions();
        assertTrue(pages.sessionTitles("recent-sessions").contains(title), pages.sessionTitles("recent-sessions").toString());
        problems.addAll(Accessibility.check(browser, null));
        pages.choose("recent-sessions", title);
        assertEquals(title, pages.heading());
        assertEquals("Gepland", pages.status());
        problems.addAll(Accessibility.check(browser, null));

        pages.mark(sanne, "ATTENDED");
        pages.mark(jurgen, "NO_SHOW");
        pages.save();

        assertTrue(pages.messages().contains("de sessie is afgerond"), pages.messages());
        assertEquals("Afgerond", pages.status());
        assertTrue(pages.text().contains("afgerond op "), "with the moment of completion");
        assertTrue(pages.isMarked(sanne, "ATTENDED") && pages.isMarked(jurgen, "NO_SHOW"), "the saved choices are shown");
        problems.addAll(Accessibility.check(browser, null));
        JsonObject recorded = ok(trainer.get("api/v1/sessions/" + session + "/participants"));
        assertEquals("COMPLETED", recorded.getString("status"));
        assertEquals(List.of("ATTENDED", "NO_SHOW"), List.of(attendanceOf(recorded, sanne), attendanceOf(recorded, jurgen)));

        // the sign-in sheet, fetched with the trainer's page session as the browser would download it
        HttpResponse<byte[]> sheet = fetchAsBrowser(pages.signInSheetAddress());
        assertEquals(200, sheet.statusCode());
        assertEquals("application/pdf", sheet.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip());
        assertTrue(sheet.headers().firstValue("Content-Disposition").orElseThrow().contains("presentielijst-" + session + ".pdf"));
        String text = new PdfTextExtractor(new PdfReader(sheet.body())).getTextFromPage(1);
        assertTrue(text.contains(title) && text.contains("Sanne de Vries") && text.contains("Jürgen Öztürk"), text);
        assertTrue(text.contains("Tessa Trainer"), text);

        // another session of the course, without this trainer: not theirs to see
        long notTheirs = id(schedule(author, course, onSite(5)));
        assertEquals("U hebt geen toegang tot deze pagina", pages.openSession(notTheirs).heading());

        assertEquals(List.of(), problems, "WCAG 2.1 AA problems");
    }

    /**
     * Certificates in bulk: attendance was recorded while the certificates could not be issued (here: removed after
     * the fact), so the trainer issues them for all attendees at once and follows the job's progress bar; an
     * administrator then makes the session's ZIP in the background and downloads it.
     */
    @Test
    void aTrainerIssuesCertificatesForAllAttendeesAndAnAdministratorDownloadsTheirZip() throws Exception {
        String trainerEmail = uniqueEmail("trainer");
        ApiClient trainer = api().registerWithRoles("Tessa Trainer", trainerEmail, PASSWORD, "TRAINER");
        ApiClient author = api().registerWithRoles("Ruben Auteur", uniqueEmail("auteur"), PASSWORD, "AUTHOR");
        String title = "Training techniekcoach " + unique();
        long course = Courses.publish(author, Courses.details(title, "TRAINING", null, "PRIMARY_TEACHER").add("certificate", true));
        long trainerId = id(ok(trainer.get("api/v1/me")));
        long session = id(schedule(author, course, onSite(5).add("trainers", Json.createArrayBuilder().add(trainerId))));
        List<Long> bookings = new ArrayList<>();
        for (String name : List.of("Sanne de Vries", "Jürgen Öztürk", "Fatima Bakker")) {
            bookings.add(bookingOf(api().registerAndSignIn(name, uniqueEmail("deelnemer"), PASSWORD), session));
        }
        long noShow = bookingOf(api().registerAndSignIn("Piet Afwezig", uniqueEmail("piet"), PASSWORD), session);
        startedYesterday(session);
        var attendance = Json.createArrayBuilder();
        bookings.forEach(booking -> attendance.add(Json.createObjectBuilder().add("bookingId", booking).add("attended", true)));
        attendance.add(Json.createObjectBuilder().add("bookingId", noShow).add("attended", false));
        assertEquals(200, trainer.put("api/v1/sessions/" + session + "/attendance", attendance.build().toString()).status());
        assertEquals(3, awaitCertificatesOfCourse(course, 3));
        deleteCertificatesOfCourse(course);
        List<String> problems = new ArrayList<>();

        new LoginPage(browser, base).open().logIn(trainerEmail, PASSWORD);
        TrainerPages pages = new TrainerPages(browser, base).openSession(session);
        assertTrue(pages.offersCertificates());
        assertFalse(pages.offersZip(), "the ZIP is for administrators");
        String issued = pages.issueCertificates();
        assertEquals("Klaar: 3 certificaten uitgereikt aan 3 aanwezigen; wie er al een had, kreeg geen tweede.", issued);
        assertEquals("100", pages.jobProgress());
        assertEquals(3, awaitCertificatesOfCourse(course, 3), "one each for the three attendees, none for the no-show");
        problems.addAll(Accessibility.check(browser, null));
        assertEquals("Klaar: geen nieuwe certificaten uitgereikt aan 3 aanwezigen; wie er al een had, kreeg geen tweede.",
                pages.issueCertificates(), "issuing again issues nothing twice");

        browser.manage().deleteAllCookies();
        new LoginPage(browser, base).open().logIn(IntegrationTestServer.ADMIN_EMAIL, IntegrationTestServer.ADMIN_PASSWORD);
        pages.openSession(session);
        String made = pages.makeCertificatesZip();
        assertTrue(made.startsWith("Klaar: 3 certificaten in het ZIP-bestand (") && made.endsWith("elk als pdf en als Open Badge."), made);
        problems.addAll(Accessibility.check(browser, null));
        String download = pages.jobDownloadAddress();
        HttpResponse<byte[]> zip = fetchAsBrowser(download);
        assertEquals(200, zip.statusCode());
        assertTrue(zip.headers().firstValue("Content-Disposition").orElseThrow().contains("certificaten-sessie-" + session + ".zip"));
        List<String> names = new ArrayList<>();
        try (java.util.zip.ZipInputStream entries = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (java.util.zip.ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertEquals(3, names.stream().filter(name -> name.endsWith(".pdf")).count(), names.toString());
        assertEquals(3, names.stream().filter(name -> name.endsWith(".jwt")).count(), names.toString());

        // the download is the administrator's: the trainer's page session gets nothing
        browser.manage().deleteAllCookies();
        new LoginPage(browser, base).open().logIn(trainerEmail, PASSWORD);
        assertEquals(404, fetchAsBrowser(download).statusCode());
        assertEquals(List.of(), problems, "WCAG 2.1 AA problems");
    }

    @Test
    void aLearnerIsRefusedTheTrainersPageAndCancelsTheirBookingAfterConfirming() throws Exception {
        ApiClient author = api().registerWithRoles("Ruben Auteur", uniqueEmail("auteur"), PASSWORD, "AUTHOR");
        String title = "Webinar micro:bit " + unique();
        long course = Courses.publish(author, Courses.details(title, "WORKSHOP", null, "PRIMARY_TEACHER"));
        JsonObject scheduled = schedule(author, course, onSite(1));
        long session = id(scheduled);
        String learnerEmail = uniqueEmail("leerling");
        ApiClient learner = api().registerAndSignIn("Lotte Leerling", learnerEmail, PASSWORD);
        long booking = bookingOf(learner, session);
        ApiClient waiting = api().newLearner(PASSWORD);
        bookingOf(waiting, session);
        List<String> problems = new ArrayList<>();

        new LoginPage(browser, base).open().logIn(learnerEmail, PASSWORD);
        TrainerPages trainerPage = new TrainerPages(browser, base).openSession(session);
        assertEquals("U hebt geen toegang tot deze pagina", trainerPage.heading());
        assertTrue(trainerPage.text().contains("Mijn boekingen"), "a learner's menu links to their bookings");
        assertFalse(browser.findElements(org.openqa.selenium.By.id("nav-trainer")).size() > 0, "no trainer link for a learner");

        MyBookingsPage bookings = new MyBookingsPage(browser, base).open();
        String card = bookings.upcoming(booking);
        assertTrue(card.contains(title), card);
        assertTrue(card.contains(DUTCH_DATE_TIME.format(Instant.parse(scheduled.getString("startsAt")))), "the start in Dutch: " + card);
        assertTrue(card.contains("Het Lokaal, Stationsplein 1, Utrecht"), card);
        assertTrue(card.contains("Bevestigd"), card);
        problems.addAll(Accessibility.check(browser, null));

        bookings.askToCancel(booking);
        assertTrue(bookings.confirmation().contains("Weet je zeker dat je je boeking voor " + title), bookings.confirmation());
        problems.addAll(Accessibility.check(browser, null));
        bookings.keep();
        assertEquals("CONFIRMED", myBookingStatus(learner), "keeping the booking changes nothing");

        bookings.askToCancel(booking);
        bookings.confirm();
        assertTrue(bookings.messages().contains("Je boeking voor " + title + " is geannuleerd"), bookings.messages());
        assertFalse(bookings.hasUpcoming(booking));
        assertTrue(bookings.past().stream().anyMatch(line -> line.contains(title) && line.contains("Geannuleerd")), bookings.past().toString());
        assertEquals("CANCELLED", myBookingStatus(learner));
        assertEquals("CONFIRMED", myBookingStatus(waiting), "the seat went to the one waiting");
        problems.addAll(Accessibility.check(browser, null));

        assertEquals(List.of(), problems, "WCAG 2.1 AA problems");
    }

    @Test
    void withoutBookingsMyBookingsSaysSoAndLinksToTheCatalogue() {
        String email = uniqueEmail("leerling");
        api().registerAndSignIn("Nog Niemand", email, PASSWORD);
        new LoginPage(browser, base).open().logIn(email, PASSWORD);
        MyBookingsPage bookings = new MyBookingsPage(browser, base).open();
        assertTrue(bookings.isEmpty());
        assertTrue(bookings.text().contains("Nog geen boekingen"));
        assertEquals(List.of(), Accessibility.check(browser, null), "WCAG 2.1 AA problems");
    }

    @Test
    void anAuthorSchedulesASessionInDutchTimeAndCancelsItWithAReason() {
        String authorEmail = uniqueEmail("auteur");
        ApiClient author = api().registerWithRoles("Ruben Auteur", authorEmail, PASSWORD, "AUTHOR");
        String title = "Training lasrobots " + unique();
        long course = Courses.publish(author, Courses.details(title, "TRAINING", null, "PRIMARY_TEACHER"));
        List<String> problems = new ArrayList<>();

        new LoginPage(browser, base).open().logIn(authorEmail, PASSWORD);
        AuthorSessionsPage page = new AuthorSessionsPage(browser, base).open(course);
        assertTrue(page.heading().contains(title), page.heading());
        assertTrue(page.text().contains("Er zijn nog geen uitvoeringen gepland"));
        problems.addAll(Accessibility.check(browser, null));

        page.save();
        assertEquals("Vul een datum in", page.messagesOf("date"), "an empty form: a Dutch message at the date");
        problems.addAll(Accessibility.check(browser, null));

        // a day in the summer-time period and one in winter time both keep their Dutch hour
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(40);
        page.set("date", day.toString());
        page.set("startTime", "09:30");
        page.set("endTime", "12:00");
        page.fill("capacity", "12");
        page.set("deadlineDate", day.minusDays(2).toString());
        page.fill("venueName", "Het Lokaal");
        page.fill("venueAddress", "Stationsplein 1");
        page.fill("venueCity", "Utrecht");
        page.chooseProvince("UT");
        page.save();

        assertTrue(page.messages().contains("is gepland"), page.messages());
        JsonObject scheduled = ok(api().get("api/v1/sessions?courseId=" + course)).getJsonArray("items").getJsonObject(0);
        java.time.ZonedDateTime start = day.atTime(9, 30).atZone(java.time.ZoneId.of("Europe/Amsterdam"));
        assertEquals(start.toInstant(), Instant.parse(scheduled.getString("startsAt")));
        assertEquals(day.atTime(12, 0).atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant(), Instant.parse(scheduled.getString("endsAt")));
        assertEquals(day.minusDays(2).atTime(23, 59).atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant(),
                Instant.parse(scheduled.getString("bookingDeadline")), "bookable through the whole last day");
        assertEquals(12, scheduled.getInt("capacity"));
        assertEquals("Utrecht", scheduled.getJsonObject("venue").getString("city"));
        assertTrue(page.sessionRows().get(0).contains(DUTCH_DATE_TIME.format(start)), page.sessionRows().toString());
        problems.addAll(Accessibility.check(browser, null));

        long session = id(scheduled);
        page.askToCancel(session);
        problems.addAll(Accessibility.check(browser, null));
        page.confirmCancel(" ");
        assertTrue(page.messagesOf("reason").contains("reden"), "a reason is required: " + page.messagesOf("reason"));
        page.confirmCancel("De trainer is ziek");
        assertTrue(page.messages().contains("De uitvoering is geannuleerd"), page.messages());
        JsonObject cancelled = ok(api().get("api/v1/sessions/" + session));
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("De trainer is ziek", cancelled.getString("cancelReason"));
        assertEquals(List.of(), page.sessionRows(), "a cancelled session is no longer scheduled");

        assertEquals(List.of(), problems, "WCAG 2.1 AA problems");
    }

    // -------------------------------------------------------------------------------------------------------------

    /** Waits until the course has this many certificates (they are issued after attendance commits); the count. */
    private static int awaitCertificatesOfCourse(long course, int expected) throws Exception {
        int count = 0;
        for (int attempt = 0; attempt < 100 && count != expected; attempt++) {
            Thread.sleep(count == expected ? 0 : 100);
            try (java.sql.Connection db = IntegrationTestServer.openDatabase();
                 java.sql.PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM certificate WHERE course_id = ? AND status = 'VALID'")) {
                query.setLong(1, course);
                try (java.sql.ResultSet result = query.executeQuery()) {
                    result.next();
                    count = result.getInt(1);
                }
            }
        }
        return count;
    }

    private static void deleteCertificatesOfCourse(long course) throws Exception {
        try (java.sql.Connection db = IntegrationTestServer.openDatabase();
             java.sql.PreparedStatement delete = db.prepareStatement("DELETE FROM certificate WHERE course_id = ?")) {
            delete.setLong(1, course);
            delete.executeUpdate();
        }
    }

    private ApiClient api() {
        return ApiClient.at(deployment);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String uniqueEmail(String who) {
        return who + "-" + unique() + "@school.test";
    }

    private static long bookingOf(ApiClient learner, long session) {
        Reply booked = learner.post("api/v1/sessions/" + session + "/bookings", "");
        assertEquals(201, booked.status(), booked.toString());
        return id(booked.jsonArray().getJsonObject(0));
    }

    private static String myBookingStatus(ApiClient learner) {
        return ok(learner.get("api/v1/me/bookings")).getJsonArray("items").getJsonObject(0).getString("status");
    }

    private static String attendanceOf(JsonObject participants, long booking) {
        return participants.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .filter(participant -> participant.getJsonNumber("bookingId").longValue() == booking)
                .findFirst().orElseThrow().getString("attendance");
    }

    /** A GET with the browser's cookies (its signed-in page session), as a download link is followed. */

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static JsonObject ok(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }
}
