package nl.ptvt.academy.session;

import static nl.ptvt.academy.testing.ProblemAssertions.assertProblem;
import static nl.ptvt.academy.testing.Sessions.onSite;
import static nl.ptvt.academy.testing.Sessions.schedule;
import static nl.ptvt.academy.testing.Sessions.startedYesterday;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.ptvt.academy.testing.AcademyDeployment;
import nl.ptvt.academy.testing.ApiClient;
import nl.ptvt.academy.testing.ApiClient.Reply;
import nl.ptvt.academy.testing.Courses;
import nl.ptvt.academy.testing.IntegrationTestServer;
import nl.ptvt.academy.testing.Parallel;
import nl.ptvt.academy.testing.Sessions;
import nl.ptvt.academy.testing.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions and bookings over HTTP against the Academy on Payara Micro with MariaDB: the capacity and waiting-list
 * guarantees under parallel bookings and cancellations, the deadline, cancelled sessions, and who may do what.
 * Every test makes its own course, sessions and people.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionBookingIT {

    private static final String PASSWORD = "een-lang-wachtwoord";
    private static final String JOIN_LINK = "https://meet.ptvt.test/sessie";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive academy() {
        return AcademyDeployment.builtWar();
    }

    @Test
    void fiftyParallelBookingsOnTenSeatsConfirmTenAndWaitlistFortyInArrivalOrder() throws Exception {
        ApiClient author = api().newAuthor(PASSWORD);
        long session = schedule(author, workshop(author), online(10)).getJsonNumber("id").longValue();
        List<ApiClient> learners = learners(50);

        List<Reply> replies = Parallel.inParallel(learners.stream().<Callable<Reply>>map(learner -> () -> bookMe(learner, session)).toList());

        List<JsonObject> bookings = new ArrayList<>();
        for (Reply reply : replies) {
            assertEquals(201, reply.status(), reply.toString());
            bookings.add(reply.jsonArray().getJsonObject(0));
        }
        List<JsonObject> confirmed = withStatus(bookings, "CONFIRMED");
        List<JsonObject> waiting = withStatus(bookings, "WAITLISTED");
        assertEquals(10, confirmed.size());
        assertEquals(40, waiting.size());
        assertTrue(confirmed.stream().allMatch(booking -> booking.isNull("waitlistPosition")));
        // bookings are stored in the order they got the session's lock: the waiting list follows that order, without gaps
        waiting.sort(Comparator.comparingLong(SessionBookingIT::id));
        assertEquals(IntStream.rangeClosed(1, 40).boxed().toList(), waiting.stream().map(booking -> booking.getInt("waitlistPosition")).toList());
        assertTrue(confirmed.stream().mapToLong(SessionBookingIT::id).max().orElseThrow() < id(waiting.get(0)),
                "the seats went to the first ten arrivals");
        assertEquals(0, ok(api().get("api/v1/sessions/" + session)).getInt("seatsLeft"));

        Reply again = bookMe(learners.get(0), session);
        assertEquals(200, again.status(), "a double booking answers the existing booking: " + again);
        assertEquals(id(bookings.get(0)), id(again.jsonArray().getJsonObject(0)));
    }

    @Test
    void cancellationsWhileOthersBookPromoteTheFirstOnesWaitingAndNeverExceedTheCapacity() throws Exception {
        ApiClient author = api().newAuthor(PASSWORD);
        long session = schedule(author, workshop(author), online(10)).getJsonNumber("id").longValue();
        List<ApiClient> seated = learners(10);
        List<Long> seatedBookings = new ArrayList<>();
        for (ApiClient learner : seated) {
            JsonObject booking = created(bookMe(learner, session)).getJsonObject(0);
            assertEquals("CONFIRMED", booking.getString("status"));
            seatedBookings.add(id(booking));
        }
        List<ApiClient> waiting = learners(5);
        for (int i = 0; i < waiting.size(); i++) {
            assertEquals(i + 1, created(bookMe(waiting.get(i), session)).getJsonObject(0).getInt("waitlistPosition"));
        }
        List<ApiClient> newcomers = learners(20);

        List<Callable<Reply>> requests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ApiClient canceller = seated.get(i);
            long booking = seatedBookings.get(i);
            requests.add(() -> canceller.send("DELETE", "api/v1/bookings/" + booking, null, null));
        }
        newcomers.forEach(learner -> requests.add(() -> bookMe(learner, session)));
        List<Reply> replies = Parallel.inParallel(requests);

        replies.subList(0, 5).forEach(reply -> assertEquals("CANCELLED", ok(reply).getString("status")));
        replies.subList(5, 25).forEach(reply -> assertEquals("WAITLISTED", created(reply).getJsonObject(0).getString("status"),
                "a seat freed while people wait goes to the first one waiting, never to a newcomer"));
        waiting.forEach(learner -> assertEquals("CONFIRMED", myBooking(learner).getString("status"), "the first five waiting were promoted"));
        seated.subList(5, 10).forEach(learner -> assertEquals("CONFIRMED", myBooking(learner).getString("status")));
        List<Integer> positions = newcomers.stream().map(learner -> myBooking(learner).getInt("waitlistPosition")).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, 20).boxed().toList(), positions);
        assertEquals(0, ok(api().get("api/v1/sessions/" + session)).getInt("seatsLeft"));
    }

    @Test
    void noBookingAfterTheDeadlineNorOnACancelledSession() {
        ApiClient author = api().newAuthor(PASSWORD);
        long course = workshop(author);
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        JsonObject closed = schedule(author, course, online(5).add("bookingDeadline", Instant.now().minusSeconds(3600).toString())
                .add("startsAt", tomorrow.toString()).add("endsAt", tomorrow.plus(Duration.ofHours(2)).toString()));
        ApiClient learner = api().newLearner(PASSWORD);
        assertProblem(bookMe(learner, id(closed)), 422, "session.booking-closed");

        long session = id(schedule(author, course, online(5)));
        assertProblem(author.post("api/v1/sessions/" + session + "/cancellation", "{\"reason\":\" \"}"), 400, "validation");
        JsonObject cancelled = ok(author.post("api/v1/sessions/" + session + "/cancellation", "{\"reason\":\"De trainer is ziek\"}"));
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("De trainer is ziek", cancelled.getString("cancelReason"));
        assertProblem(bookMe(learner, session), 409, "session.not-bookable");
        assertProblem(author.post("api/v1/sessions/" + session + "/cancellation", "{\"reason\":\"Nogmaals\"}"), 409, "session.not-scheduled");
    }

    @Test
    void aCoordinatorBooksColleaguesOnlyAndACancelledSeatIsPromoted() {
        ApiClient admin = api().asAdministrator();
        long school = organisation(admin, "GR");
        long elsewhere = organisation(admin, "LI");
        ApiClient coordinator = api().registerWithRoles("Coördinator", ApiClient.uniqueEmail("coordinator"), PASSWORD, "COORDINATOR");
        placeIn(admin, coordinator, school);
        String colleague = ApiClient.uniqueEmail("collega");
        String secondColleague = ApiClient.uniqueEmail("collega");
        placeIn(admin, api().registerAndSignIn("Collega", colleague, PASSWORD), school);
        ApiClient second = api().registerAndSignIn("Tweede collega", secondColleague, PASSWORD);
        placeIn(admin, second, school);
        String outsider = ApiClient.uniqueEmail("elders");
        placeIn(admin, api().registerAndSignIn("Elders", outsider, PASSWORD), elsewhere);
        ApiClient author = api().newAuthor(PASSWORD);
        // a regional training for Groningen, one seat
        long session = id(schedule(author, workshop(author), online(1).add("provinces", Json.createArrayBuilder().add("GR"))));

        assertProblem(coordinator.post("api/v1/sessions/" + session + "/bookings", participants(colleague, outsider)),
                403, "session.other-organisation");
        String unknown = ApiClient.uniqueEmail("onbekend");
        Reply booked = coordinator.post("api/v1/sessions/" + session + "/bookings", participants(colleague, secondColleague, unknown));
        List<JsonObject> lines = created(booked).getValuesAs(JsonObject.class);
        assertEquals(List.of(colleague, secondColleague, unknown), lines.stream().map(line -> line.getString("participant")).toList());
        assertEquals("CONFIRMED", lines.get(0).getString("status"));
        assertEquals("WAITLISTED", lines.get(1).getString("status"));
        assertEquals(1, lines.get(1).getInt("waitlistPosition"));
        // an address without an account is invited into the coordinator's organisation and booked at once
        assertTrue(lines.get(2).getBoolean("invited"));
        assertEquals("WAITLISTED", lines.get(2).getString("status"));
        assertEquals(2, lines.get(2).getInt("waitlistPosition"));

        // the coordinator cancels the first colleague's seat: the second one gets it and now sees the join link
        assertTrue(ok(second.get("api/v1/sessions/" + session)).isNull("onlineUrl"));
        assertEquals("CANCELLED", ok(coordinator.send("DELETE", "api/v1/bookings/" + id(lines.get(0)), null, null)).getString("status"));
        assertEquals("CONFIRMED", myBooking(second).getString("status"));
        assertEquals(JOIN_LINK, ok(second.get("api/v1/sessions/" + session)).getString("onlineUrl"));
        // the public list never shows the join link
        JsonObject listed = ok(api().get("api/v1/sessions?courseId=" + ok(api().get("api/v1/sessions/" + session)).getJsonNumber("courseId")))
                .getJsonArray("items").getJsonObject(0);
        assertTrue(listed.isNull("onlineUrl"));
        assertTrue(listed.getBoolean("online"));
        assertEquals(0, listed.getInt("seatsLeft"));

        // someone else's booking is not theirs to cancel; a learner outside Groningen may not book
        assertProblem(api().newLearner(PASSWORD).send("DELETE", "api/v1/bookings/" + id(lines.get(1)), null, null), 404, "booking.not-found");
        assertProblem(bookMe(api().newLearner(PASSWORD), session), 403, "session.not-open");
    }

    @Test
    void onlyAuthorsOfTheCourseAndAdministratorsScheduleSessions() {
        ApiClient author = api().newAuthor(PASSWORD);
        long course = workshop(author);
        assertProblem(api().newLearner(PASSWORD).post("api/v1/courses/" + course + "/sessions", online(5).build().toString()), 403, "forbidden");
        assertProblem(api().newAuthor(PASSWORD).post("api/v1/courses/" + course + "/sessions", online(5).build().toString()), 403, "session.not-an-author");
        Reply byAdmin = api().asAdministrator().post("api/v1/courses/" + course + "/sessions", online(5).build().toString());
        assertEquals(201, byAdmin.status(), byAdmin.toString());
        assertTrue(byAdmin.header("Location").orElseThrow().endsWith("/api/v1/sessions/" + id(byAdmin.json())));

        long eLearning = Courses.create(author, Courses.details("E-learning " + UUID.randomUUID(), "E_LEARNING", null, "PRIMARY_TEACHER"))
                .getJsonNumber("id").longValue();
        assertProblem(author.post("api/v1/courses/" + eLearning + "/sessions", online(5).build().toString()), 422, "session.course-format");
        assertProblem(author.post("api/v1/courses/" + course + "/sessions", online(5).add("capacity", 0).build().toString()), 400, "validation");
        assertProblem(author.post("api/v1/courses/" + course + "/sessions", online(5).add("venue", Json.createObjectBuilder()
                .add("name", "Lokaal").add("address", "Straat 1").add("city", "Assen").add("province", "DR")).build().toString()),
                422, "session.venue-or-online");
    }

    // -------------------------------------------------------------------------------------------------------------
    // Helpers

    private ApiClient api() {
        return ApiClient.at(deployment);
    }

    private List<ApiClient> learners(int count) {
        List<ApiClient> learners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            learners.add(api().newLearner(PASSWORD));
        }
        return learners;
    }

    private static long workshop(ApiClient author) {
        return Courses.publish(author, Courses.details("Workshop " + UUID.randomUUID(), "WORKSHOP", null, "PRIMARY_TEACHER"));
    }

    /** An online session next week with this many seats, bookable until the day before. */
    private static JsonObjectBuilder online(int capacity) {
        return Sessions.online(capacity, JOIN_LINK);
    }

    private static Reply bookMe(ApiClient learner, long session) {
        return learner.post("api/v1/sessions/" + session + "/bookings", "");
    }

    private static JsonObject myBooking(ApiClient learner) {
        List<JsonObject> items = ok(learner.get("api/v1/me/bookings")).getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    private static String participants(String... emails) {
        return Json.createObjectBuilder().add("participants", Json.createArrayBuilder(List.of(emails))).build().toString();
    }

    private static long organisation(ApiClient admin, String province) {
        Reply created = admin.post("api/v1/organisations", Json.createObjectBuilder().add("name", "School " + UUID.randomUUID())
                .add("type", "SECONDARY_SCHOOL").add("province", province).build().toString());
        assertEquals(201, created.status(), created.toString());
        return id(created.json());
    }

    private static void placeIn(ApiClient admin, ApiClient person, long organisationId) {
        long accountId = id(ok(person.get("api/v1/me")));
        ok(admin.put("api/v1/users/" + accountId + "/organisation", "{\"organisationId\":" + organisationId + "}"));
    }

    private static List<JsonObject> withStatus(List<JsonObject> bookings, String status) {
        return new ArrayList<>(bookings.stream().filter(booking -> status.equals(booking.getString("status", null))).toList());
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    /** The bookings a 201 answered. */
    private static JsonArray created(Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.jsonArray();
    }

    private static JsonObject ok(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    // -------------------------------------------------------------------------------------------------------------
    // Attendance, the participant list and the sign-in sheet (trainers of the session and administrators)

    @Test
    void theTrainerRecordsAttendanceAfterTheStartAndTheSessionIsCompletedWhenEveryConfirmedBookingHasARecord() throws Exception {
        ApiClient author = api().newAuthor(PASSWORD);
        ApiClient trainer = api().registerWithRoles("Tessa Trainer", ApiClient.uniqueEmail("trainer"), PASSWORD, "TRAINER");
        String title = "Workshop aanwezigheid " + UUID.randomUUID();
        long course = Courses.publish(author, Courses.details(title, "WORKSHOP", null, "PRIMARY_TEACHER"));
        long session = id(schedule(author, course, onSite(2).add("trainers", Json.createArrayBuilder().add(accountId(trainer)))));
        ApiClient sanne = api().registerAndSignIn("Sanne de Vries", ApiClient.uniqueEmail("sanne"), PASSWORD);
        ApiClient jurgen = api().registerAndSignIn("Jürgen Öztürk", ApiClient.uniqueEmail("jurgen"), PASSWORD);
        ApiClient willem = api().registerAndSignIn("Wachtende Willem", ApiClient.uniqueEmail("willem"), PASSWORD);
        long sanneBooking = id(created(bookMe(sanne, session)).getJsonObject(0));
        long jurgenBooking = id(created(bookMe(jurgen, session)).getJsonObject(0));
        long willemBooking = id(created(bookMe(willem, session)).getJsonObject(0));

        JsonObject list = ok(trainer.get("api/v1/sessions/" + session + "/participants"));
        assertEquals(title, list.getString("courseTitle"));
        assertEquals(List.of("Tessa Trainer"), list.getJsonArray("trainers").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(false, list.getBoolean("started"));
        List<JsonObject> participants = list.getJsonArray("participants").getValuesAs(JsonObject.class);
        assertEquals(List.of("Jürgen Öztürk", "Sanne de Vries", "Wachtende Willem"),
                participants.stream().map(participant -> participant.getString("name")).toList(), "confirmed by name, then waiting");
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "WAITLISTED"), participants.stream().map(p -> p.getString("status")).toList());
        assertEquals(1, participants.get(2).getInt("waitlistPosition"));
        assertTrue(participants.stream().allMatch(participant -> participant.isNull("attendance")));

        assertProblem(trainer.put("api/v1/sessions/" + session + "/attendance", attendance(sanneBooking, true)), 422, "attendance.not-started");
        startedYesterday(session);

        JsonObject afterFirst = ok(trainer.put("api/v1/sessions/" + session + "/attendance", attendance(sanneBooking, true)));
        assertEquals("SCHEDULED", afterFirst.getString("status"), "one confirmed booking has no record yet");
        assertEquals("ATTENDED", participant(afterFirst, sanneBooking).getString("attendance"));
        Instant sanneAnnounced = announcedAt(sanneBooking);
        assertTrue(sanneAnnounced != null, "the first ATTENDED is announced");

        // a waiting booking, an unknown one, one of another session, a repeated line: nothing of the list is recorded
        long otherSession = id(schedule(author, course, onSite(2)));
        long elsewhere = id(created(bookMe(api().newLearner(PASSWORD), otherSession)).getJsonObject(0));
        assertProblem(trainer.put("api/v1/sessions/" + session + "/attendance", "[{\"bookingId\":" + jurgenBooking
                + ",\"attended\":false},{\"bookingId\":" + willemBooking + ",\"attended\":true}]"), 422, "attendance.not-confirmed");
        assertProblem(trainer.put("api/v1/sessions/" + session + "/attendance", attendance(999_999_999L, true)), 422, "attendance.unknown-booking");
        assertProblem(trainer.put("api/v1/sessions/" + session + "/attendance", attendance(elsewhere, true)), 422, "attendance.unknown-booking");
        assertProblem(trainer.put("api/v1/sessions/" + session + "/attendance", "[{\"bookingId\":" + jurgenBooking
                + ",\"attended\":true},{\"bookingId\":" + jurgenBooking + ",\"attended\":false}]"), 422, "attendance.repeated-booking");
        assertProblem(trainer.put("api/v1/sessions/" + session + "/attendance", "[{\"bookingId\":" + jurgenBooking + "}]"), 400, "validation");
        assertTrue(participant(ok(trainer.get("api/v1/sessions/" + session + "/participants")), jurgenBooking).isNull("attendance"),
                "a refused list records nothing");

        JsonObject completed = ok(trainer.put("api/v1/sessions/" + session + "/attendance", attendance(jurgenBooking, false)));
        assertEquals("COMPLETED", completed.getString("status"));
        assertTrue(!completed.isNull("completedAt"));
        assertEquals("NO_SHOW", participant(completed, jurgenBooking).getString("attendance"));
        assertEquals(null, announcedAt(jurgenBooking), "a no-show is not announced");
        assertEquals("COMPLETED", ok(api().get("api/v1/sessions/" + session)).getString("status"));
        assertProblem(bookMe(api().newLearner(PASSWORD), session), 409, "session.not-bookable");

        // corrections after completion: Jürgen did come after all; recording Sanne again does not announce her twice
        JsonObject corrected = ok(trainer.put("api/v1/sessions/" + session + "/attendance",
                "[{\"bookingId\":" + jurgenBooking + ",\"attended\":true},{\"bookingId\":" + sanneBooking + ",\"attended\":true}]"));
        assertEquals("COMPLETED", corrected.getString("status"));
        assertEquals("ATTENDED", participant(corrected, jurgenBooking).getString("attendance"));
        assertTrue(announcedAt(jurgenBooking) != null, "corrected to attended: announced now");
        assertEquals(sanneAnnounced, announcedAt(sanneBooking), "announced once per person");
    }

    @Test
    void onlyTheTrainersOfTheSessionAndAdministratorsSeeItsParticipantsRecordAttendanceAndGetTheSignInSheet() {
        ApiClient author = api().newAuthor(PASSWORD);
        ApiClient trainer = api().registerWithRoles("Tessa Trainer", ApiClient.uniqueEmail("trainer"), PASSWORD, "TRAINER");
        ApiClient otherTrainer = api().registerWithRoles("Andere Trainer", ApiClient.uniqueEmail("trainer"), PASSWORD, "TRAINER");
        long course = workshop(author);
        long session = id(schedule(author, course, online(5).add("trainers", Json.createArrayBuilder().add(accountId(trainer)))));
        ApiClient learner = api().newLearner(PASSWORD);
        long booking = id(created(bookMe(learner, session)).getJsonObject(0));
        String participants = "api/v1/sessions/" + session + "/participants";
        String record = "api/v1/sessions/" + session + "/attendance";
        String sheet = "api/v1/sessions/" + session + "/sign-in-sheet.pdf";

        assertProblem(otherTrainer.get(participants), 403, "session.not-a-trainer");
        assertProblem(otherTrainer.put(record, attendance(booking, true)), 403, "session.not-a-trainer");
        assertEquals(403, otherTrainer.download(sheet).status());
        assertProblem(learner.get(participants), 403, "forbidden");
        assertProblem(learner.put(record, attendance(booking, true)), 403, "forbidden");
        assertEquals(403, learner.download(sheet).status());
        assertProblem(author.get(participants), 403, "forbidden");
        assertEquals(401, api().get(participants).status());
        assertEquals(401, api().download(sheet).status());
        assertProblem(trainer.get("api/v1/sessions/999999999/participants"), 404, "session.not-found");

        ApiClient admin = api().asAdministrator();
        assertEquals(1, ok(admin.get(participants)).getJsonArray("participants").size());
        assertEquals(1, ok(trainer.get(participants)).getJsonArray("participants").size());
        assertEquals(200, admin.download(sheet).status());

        // a cancelled session has no attendance
        ok(author.post("api/v1/sessions/" + session + "/cancellation", "{\"reason\":\"De trainer is ziek\"}"));
        assertProblem(trainer.put(record, attendance(booking, true)), 409, "attendance.session-cancelled");
    }

    @Test
    void theSignInSheetIsAnA4PdfWithTheCourseTheDutchDateAndTheConfirmedParticipants() throws Exception {
        ApiClient author = api().newAuthor(PASSWORD);
        ApiClient trainer = api().registerWithRoles("Tessa Trainer", ApiClient.uniqueEmail("trainer"), PASSWORD, "TRAINER");
        String title = "Training presentielijst " + UUID.randomUUID().toString().substring(0, 8);
        long course = Courses.publish(author, Courses.details(title, "TRAINING", null, "PRIMARY_TEACHER"));
        JsonObjectBuilder details = onSite(1).add("trainers", Json.createArrayBuilder().add(accountId(trainer)));
        JsonObject scheduled = schedule(author, course, details);
        long session = id(scheduled);
        created(bookMe(api().registerAndSignIn("Sanne de Vries", ApiClient.uniqueEmail("sanne"), PASSWORD), session));
        created(bookMe(api().registerAndSignIn("Wachtende Willem", ApiClient.uniqueEmail("willem"), PASSWORD), session));

        ApiClient.Download sheet = trainer.download("api/v1/sessions/" + session + "/sign-in-sheet.pdf");

        assertEquals(200, sheet.status());
        // Payara adds the default charset (glassfish-web.xml) to every response, as for file downloads
        assertEquals("application/pdf", sheet.header("Content-Type").orElseThrow().split(";")[0].strip());
        assertTrue(sheet.header("Content-Disposition").orElseThrow().contains("presentielijst-" + session + ".pdf"));
        com.lowagie.text.pdf.PdfReader pdf = new com.lowagie.text.pdf.PdfReader(sheet.body());
        assertEquals(595, Math.round(pdf.getPageSize(1).getWidth()), "A4");
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf).getTextFromPage(1);
        assertTrue(text.contains(title), text);
        String day = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL"))
                .withZone(java.time.ZoneId.of("Europe/Amsterdam")).format(Instant.parse(scheduled.getString("startsAt")));
        assertTrue(text.contains(day), "the day in Dutch, Amsterdam time (" + day + "): " + text);
        assertTrue(text.contains("Het Lokaal, Stationsplein 1, Utrecht"), text);
        assertTrue(text.contains("Tessa Trainer"), text);
        assertTrue(text.contains("Sanne de Vries"), text);
        assertTrue(!text.contains("Wachtende Willem"), "only confirmed participants are on the sheet: " + text);
    }

    // Helpers of the attendance tests

    private static long accountId(ApiClient person) {
        return id(ok(person.get("api/v1/me")));
    }

    private static String attendance(long bookingId, boolean attended) {
        return "[{\"bookingId\":" + bookingId + ",\"attended\":" + attended + "}]";
    }

    private static JsonObject participant(JsonObject list, long bookingId) {
        return list.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .filter(participant -> participant.getJsonNumber("bookingId").longValue() == bookingId).findFirst().orElseThrow();
    }

    /** When the booking's person was announced as attended (the SessionAttended event), or null. */
    private static Instant announcedAt(long booking) throws java.sql.SQLException {
        try (java.sql.Connection db = nl.ptvt.academy.testing.IntegrationTestServer.openDatabase();
             java.sql.PreparedStatement query = db.prepareStatement("SELECT attended_announced_at FROM booking WHERE id = ?")) {
            query.setLong(1, booking);
            try (java.sql.ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                java.sql.Timestamp at = row.getTimestamp(1);
                return at == null ? null : at.toInstant();
            }
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // Invitations, the per-organisation limit and the theme filter

    private static final Pattern ACTIVATION_CODE = Pattern.compile("/activeren\\?code=([A-Za-z0-9_-]{43})\\s");

    @Test
    void aCoordinatorsNewAddressesAreInvitedAndBookedAndTheSeatWaitsForTheActivatedAccount() throws Exception {
        ApiClient admin = api().asAdministrator();
        long school = organisation(admin, "UT");
        ApiClient coordinator = api().registerWithRoles("Coördinator", ApiClient.uniqueEmail("coordinator"), PASSWORD, "COORDINATOR");
        placeIn(admin, coordinator, school);
        String leaverEmail = ApiClient.uniqueEmail("weg");
        ApiClient leaver = api().registerAndSignIn("Vertrokken", leaverEmail, PASSWORD);
        placeIn(admin, leaver, school);
        ok(admin.put("api/v1/users/" + id(ok(leaver.get("api/v1/me"))) + "/status", "{\"active\":false}"));
        String outsider = ApiClient.uniqueEmail("elders");
        placeIn(admin, api().registerAndSignIn("Elders", outsider, PASSWORD), organisation(admin, "UT"));
        ApiClient author = api().newAuthor(PASSWORD);
        long session = id(schedule(author, workshop(author), online(1).add("provinces", Json.createArrayBuilder().add("UT"))));
        String newcomer = ApiClient.uniqueEmail("nieuw");
        String secondNewcomer = ApiClient.uniqueEmail("nieuw");

        // refused as a whole: no account, invitation, mail or booking is left behind for the new address
        String refusedNewcomer = ApiClient.uniqueEmail("nieuw");
        assertProblem(coordinator.post("api/v1/sessions/" + session + "/bookings", participants(refusedNewcomer, outsider)),
                403, "session.other-organisation");
        assertEquals(0, countRows("SELECT COUNT(*) FROM account WHERE email_key = ?", refusedNewcomer));
        assertEquals(0, countRows("SELECT COUNT(*) FROM mail_outbox WHERE recipient_address = ?", refusedNewcomer));

        List<JsonObject> lines = created(coordinator.post("api/v1/sessions/" + session + "/bookings",
                participants(newcomer, leaverEmail, secondNewcomer))).getValuesAs(JsonObject.class);

        assertEquals("CONFIRMED", lines.get(0).getString("status"));
        assertTrue(lines.get(0).getBoolean("invited"));
        assertTrue(lines.get(0).getBoolean("created"));
        assertEquals("ACCOUNT_DEACTIVATED", lines.get(1).getString("notBooked"), "a deactivated account stays unbooked");
        assertFalse(lines.get(1).getBoolean("invited"));
        assertTrue(lines.get(1).isNull("id"));
        assertEquals("WAITLISTED", lines.get(2).getString("status"));
        assertEquals(1, lines.get(2).getInt("waitlistPosition"));
        assertTrue(lines.get(2).getBoolean("invited"));
        assertEquals(0, ok(api().get("api/v1/sessions/" + session)).getInt("seatsLeft"));

        // the newcomer activates the account from the mail and finds the seat booked, in the coordinator's organisation
        MimeMessage invitation = TestMailServer.awaitMailTo(newcomer, 1, Duration.ofSeconds(60)).get(0);
        Matcher code = ACTIVATION_CODE.matcher(((String) invitation.getContent()).replace("\r\n", "\n"));
        assertTrue(code.find(), "an activation link in the invitation");
        ok(api().post("api/v1/invitations/activation", Json.createObjectBuilder().add("code", code.group(1))
                .add("name", "Nieuwe Collega").add("password", PASSWORD).build().toString()));
        ApiClient activated = api().signIn(newcomer, PASSWORD);
        assertEquals(school, id(ok(activated.get("api/v1/me")).getJsonObject("organisation")));
        JsonObject seat = myBooking(activated);
        assertEquals(id(lines.get(0)), id(seat));
        assertEquals("CONFIRMED", seat.getString("status"));
        assertEquals(JOIN_LINK, ok(activated.get("api/v1/sessions/" + session)).getString("onlineUrl"));

        // booked again once active: the same booking, no new invitation (nor any other mail)
        String outbox = "SELECT COUNT(*) FROM mail_outbox WHERE recipient_address = ?";
        int mailsBefore = countRows(outbox, newcomer);
        JsonObject again = created(coordinator.post("api/v1/sessions/" + session + "/bookings", participants(newcomer))).getJsonObject(0);
        assertEquals(id(lines.get(0)), id(again));
        assertFalse(again.getBoolean("created"));
        assertFalse(again.getBoolean("invited"));
        assertEquals(2, mailsBefore, "the invitation and the booking confirmation");
        assertEquals(mailsBefore, countRows(outbox, newcomer));
    }

    @Test
    void anOrganisationHoldsNoMoreThanTheLimitAndAGroupThatWouldPassItIsRefusedAsAWhole() throws Exception {
        ApiClient admin = api().asAdministrator();
        long school = organisation(admin, "GE");
        ApiClient coordinator = api().registerWithRoles("Coördinator", ApiClient.uniqueEmail("coordinator"), PASSWORD, "COORDINATOR");
        placeIn(admin, coordinator, school);
        List<String> colleagues = new ArrayList<>();
        List<ApiClient> colleagueClients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email = ApiClient.uniqueEmail("collega");
            ApiClient colleague = api().registerAndSignIn("Collega " + i, email, PASSWORD);
            placeIn(admin, colleague, school);
            colleagues.add(email);
            colleagueClients.add(colleague);
        }
        ApiClient otherSchool = api().newLearner(PASSWORD);
        placeIn(admin, otherSchool, organisation(admin, "GE"));
        ApiClient author = api().newAuthor(PASSWORD);
        JsonObject scheduled = schedule(author, workshop(author), online(1).add("seatsPerOrganisation", 2));
        long session = id(scheduled);
        assertEquals(2, scheduled.getInt("seatsPerOrganisation"));
        assertEquals(2, ok(api().get("api/v1/sessions/" + session)).getInt("seatsPerOrganisation"));

        Reply tooMany = coordinator.post("api/v1/sessions/" + session + "/bookings", participants(colleagues.toArray(String[]::new)));
        assertProblem(tooMany, 422, "session.organisation-limit");
        assertTrue(tooMany.json().getString("detail").contains("at most 2 bookings per organisation"), tooMany.toString());
        assertEquals(1, ok(api().get("api/v1/sessions/" + session)).getInt("seatsLeft"), "nobody was booked");
        assertEquals(0, ok(colleagueClients.get(0).get("api/v1/me/bookings")).getInt("total"));

        // two fit, seat and waiting list together; an invited newcomer counts like anyone of the organisation
        String newcomer = ApiClient.uniqueEmail("nieuw");
        List<JsonObject> lines = created(coordinator.post("api/v1/sessions/" + session + "/bookings",
                participants(colleagues.get(0), newcomer))).getValuesAs(JsonObject.class);
        assertEquals(List.of("CONFIRMED", "WAITLISTED"), lines.stream().map(line -> line.getString("status")).toList());
        assertProblem(bookMe(colleagueClients.get(2), session), 422, "session.organisation-limit");
        assertEquals(2, created(bookMe(otherSchool, session)).getJsonObject(0).getInt("waitlistPosition"),
                "another organisation is not held back");

        // a cancelled place no longer counts
        ok(coordinator.send("DELETE", "api/v1/bookings/" + id(lines.get(1)), null, null));
        assertEquals("WAITLISTED", created(bookMe(colleagueClients.get(2), session)).getJsonObject(0).getString("status"));
        assertProblem(author.post("api/v1/courses/" + ok(api().get("api/v1/sessions/" + session)).getJsonNumber("courseId")
                + "/sessions", online(5).add("seatsPerOrganisation", 0).build().toString()), 400, "validation");
    }

    @Test
    void parallelBookingsOfOneOrganisationNeverPassItsLimit() throws Exception {
        ApiClient admin = api().asAdministrator();
        long school = organisation(admin, "FL");
        List<ApiClient> colleagues = learners(12);
        colleagues.forEach(colleague -> placeIn(admin, colleague, school));
        ApiClient author = api().newAuthor(PASSWORD);
        long session = id(schedule(author, workshop(author), online(20).add("seatsPerOrganisation", 3)));

        List<Reply> replies = Parallel.inParallel(colleagues.stream().<Callable<Reply>>map(colleague -> () -> bookMe(colleague, session)).toList());

        assertEquals(3, replies.stream().filter(reply -> reply.status() == 201).count(), replies.toString());
        replies.stream().filter(reply -> reply.status() != 201).forEach(reply -> assertProblem(reply, 422, "session.organisation-limit"));
        assertEquals(17, ok(api().get("api/v1/sessions/" + session)).getInt("seatsLeft"));
    }

    @Test
    void sessionsAreListedByTheThemeOfTheirCourse() {
        ApiClient admin = api().asAdministrator();
        String theme = "SESSIES_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        Reply added = admin.post("api/v1/themes", Json.createObjectBuilder().add("code", theme)
                .add("nameNl", "Thema " + theme).add("nameEn", "Theme " + theme).build().toString());
        assertEquals(201, added.status(), added.toString());
        ApiClient author = api().newAuthor(PASSWORD);
        long themed = Courses.publish(author, Courses.details("Workshop " + UUID.randomUUID(), "WORKSHOP", theme, "PRIMARY_TEACHER"));
        long later = id(schedule(author, themed, online(5)));
        Instant soon = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        long sooner = id(schedule(author, themed, online(5).add("startsAt", soon.toString())
                .add("endsAt", soon.plus(Duration.ofHours(2)).toString()).add("bookingDeadline", soon.minus(Duration.ofDays(1)).toString())));
        schedule(author, workshop(author), online(5));

        JsonObject page = ok(api().get("api/v1/sessions?theme=" + theme + "&size=1"));
        assertEquals(2, page.getInt("total"));
        assertEquals(sooner, id(page.getJsonArray("items").getJsonObject(0)), "paged in the database, soonest first");
        assertEquals(later, id(ok(api().get("api/v1/sessions?theme=" + theme + "&size=1&page=1")).getJsonArray("items").getJsonObject(0)));
        assertEquals(0, ok(api().get("api/v1/sessions?theme=GEEN_" + theme)).getInt("total"));
        assertProblem(api().get("api/v1/sessions?theme=" + "X".repeat(41)), 400, "validation");
    }

    private static int countRows(String sql, String parameter) throws SQLException {
        try (Connection database = IntegrationTestServer.openDatabase(); PreparedStatement query = database.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
