package nl.ptvt.academy.session;

import static nl.ptvt.academy.testing.ProblemAssertions.assertProblem;
import static nl.ptvt.academy.testing.Sessions.online;
import static nl.ptvt.academy.testing.Sessions.schedule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import nl.ptvt.academy.testing.AcademyDeployment;
import nl.ptvt.academy.testing.ApiClient;
import nl.ptvt.academy.testing.ApiClient.Reply;
import nl.ptvt.academy.testing.Courses;
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
 * The mails of sessions and bookings as they reach a real SMTP server (GreenMail), with their iCalendar files parsed
 * by ical4j; the calendar download; changing a session; the reminder; and the outbox riding out an SMTP outage. Every
 * test makes its own course, session and people, and reads only the mail to its own addresses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionMailIT {

    private static final String PASSWORD = "een-lang-wachtwoord";
    private static final String JOIN_LINK = "https://meet.ptvt.test/sessie-";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive academy() {
        return AcademyDeployment.builtWar();
    }

    @Test
    void aConfirmationInvitesInAmsterdamTimeOnTheDayTheClocksGoForward() throws Exception {
        ApiClient author = api().newAuthor(PASSWORD);
        String title = "Workshop zomertijd " + UUID.randomUUID();
        long course = workshop(author, title);
        // 28 March 2027: 10:00 in Amsterdam is 08:00 UTC (CEST began at 02:00 that night; the day before it was 09:00 UTC)
        Instant start = Instant.parse("2027-03-28T08:00:00Z");
        long session = id(schedule(author, course, Json.createObjectBuilder().add("startsAt", start.toString())
                .add("endsAt", start.plus(Duration.ofHours(3)).toString()).add("capacity", 5)
                .add("bookingDeadline", start.minus(Duration.ofDays(2)).toString())
                .add("venue", Json.createObjectBuilder().add("name", "De Schakel").add("address", "Hoofdstraat 1")
                        .add("city", "Assen").add("province", "DR"))));
        String email = ApiClient.uniqueEmail("sanne");
        ApiClient sanne = api().registerAndSignIn("Sanne de Vries", email, PASSWORD);

        assertEquals("CONFIRMED", booked(sanne, session).getString("status"));

        MimeMessage mail = only(TestMailServer.awaitMailTo(email, 1, PATIENCE));
        assertEquals("Je plaats is bevestigd: " + title, mail.getSubject());
        String text = textOf(mail);
        assertTrue(text.contains("Beste Sanne de Vries"), text);
        assertTrue(text.contains("zondag 28 maart 2027, 10:00–13:00"), "Dutch words, Amsterdam time: " + text);
        assertTrue(text.contains("Sunday 28 March 2027, 10:00–13:00"), text);
        assertTrue(text.contains("De Schakel, Hoofdstraat 1, Assen"), text);

        Invitation invitation = invitationOf(mail).orElseThrow(() -> new AssertionError("no .ics attached"));
        assertTrue(invitation.contentType().toLowerCase().startsWith("text/calendar"), invitation.contentType());
        assertTrue(invitation.contentType().toLowerCase().contains("method=request"), invitation.contentType());
        Calendar calendar = invitation.calendar();
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("Europe/Amsterdam", calendar.getComponent(Component.VTIMEZONE).orElseThrow()
                .getProperty(Property.TZID).orElseThrow().getValue());
        VEvent event = event(calendar);
        DtStart<Temporal> dtStart = event.getDateTimeStart();
        assertEquals("Europe/Amsterdam", dtStart.getParameter("TZID").orElseThrow().getValue());
        assertEquals(start, ZonedDateTime.from(dtStart.getDate()).toInstant());
        assertEquals(ZonedDateTime.of(2027, 3, 28, 10, 0, 0, 0, AMSTERDAM), ZonedDateTime.from(dtStart.getDate()).withZoneSameInstant(AMSTERDAM));
        assertEquals(start.plus(Duration.ofHours(3)), ZonedDateTime.from(event.getDateTimeEnd().getDate()).toInstant());
        assertEquals("session-" + session + "@academy.ptvt.nl", value(event, Property.UID));
        assertEquals("0", value(event, Property.SEQUENCE));
        assertEquals(title, value(event, Property.SUMMARY));
        assertEquals("De Schakel, Hoofdstraat 1, Assen", value(event, Property.LOCATION));
        assertTrue(value(event, Property.URL).contains("/cursus/"), value(event, Property.URL));
        assertTrue(value(event, Property.ORGANIZER).startsWith("mailto:"));
        assertEquals("mailto:" + email, value(event, Property.ATTENDEE));

        // the same event to download, for the participant only
        ApiClient.Download download = sanne.download("api/v1/sessions/" + session + "/calendar.ics");
        assertEquals(200, download.status());
        assertTrue(download.header("Content-Type").orElseThrow().startsWith("text/calendar"));
        Calendar downloaded = parse(download.body());
        assertEquals("PUBLISH", downloaded.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("session-" + session + "@academy.ptvt.nl", value(event(downloaded), Property.UID));
        assertProblem(calendarOf(api().newLearner(PASSWORD), session), 403, "session.not-booked");
        assertEquals(401, calendarOf(api(), session).status());
        assertProblem(calendarOf(sanne, 999_999_999L), 404, "session.not-found");
    }

    @Test
    void theOneWaitingHearsTheirPlaceAndIsPromotedWithAnInvitationWhenASeatIsCancelled() throws Exception {
        ApiClient author = api().newAuthor(PASSWORD);
        String title = "Webinar wachtlijst " + UUID.randomUUID();
        String link = JOIN_LINK + UUID.randomUUID();
        long session = id(schedule(author, workshop(author, title), online(1, link)));
        String firstEmail = ApiClient.uniqueEmail("eerste");
        String secondEmail = ApiClient.uniqueEmail("tweede");
        ApiClient first = api().registerAndSignIn("Eerste", firstEmail, PASSWORD);
        ApiClient second = api().registerAndSignIn("Tweede", secondEmail, PASSWORD);
        long seat = id(booked(first, session));
        assertEquals("WAITLISTED", booked(second, session).getString("status"));

        MimeMessage waiting = only(TestMailServer.awaitMailTo(secondEmail, 1, PATIENCE));
        assertEquals("Je staat op de wachtlijst: " + title, waiting.getSubject());
        assertTrue(textOf(waiting).contains("op plaats 1"), textOf(waiting));
        assertFalse(textOf(waiting).contains(link), "no join link without a seat");
        assertTrue(invitationOf(waiting).isEmpty(), "no invitation without a seat");
        assertEquals(200, first.send("DELETE", "api/v1/bookings/" + seat, null, null).status());

        MimeMessage cancelled = withSubject(TestMailServer.awaitMailTo(firstEmail, 2, PATIENCE), "Je boeking is geannuleerd: " + title);
        Invitation removal = invitationOf(cancelled).orElseThrow();
        assertTrue(removal.contentType().toLowerCase().contains("method=cancel"), removal.contentType());
        assertEquals("CANCEL", removal.calendar().getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("session-" + session + "@academy.ptvt.nl", value(event(removal.calendar()), Property.UID));

        MimeMessage promoted = withSubject(TestMailServer.awaitMailTo(secondEmail, 2, PATIENCE), "Er is een plaats voor je vrijgekomen: " + title);
        assertTrue(textOf(promoted).contains(link), "now with the join link: " + textOf(promoted));
        VEvent invited = event(invitationOf(promoted).orElseThrow().calendar());
        assertEquals(link, value(invited, Property.LOCATION));
        assertEquals("CONFIRMED", value(invited, Property.STATUS));

        // someone who only waited and cancels has no event to remove
        String thirdEmail = ApiClient.uniqueEmail("derde");
        ApiClient third = api().registerAndSignIn("Derde", thirdEmail, PASSWORD);
        long waitingBooking = id(booked(third, session));
        assertEquals(200, third.send("DELETE", "api/v1/bookings/" + waitingBooking, null, null).status());
        MimeMessage waitedAndLeft = withSubject(TestMailServer.awaitMailTo(thirdEmail, 2, PATIENCE), "Je boeking is geannuleerd: " + title);
        assertTrue(invitationOf(waitedAndLeft).isEmpty());
    }

    @Test
    void cancellingTheSessionTellsEveryoneBookedTheReason() throws Exception {
        ApiClient author = api().newAuthor(PASSWORD);
        String title = "Training afgelast " + UUID.randomUUID();
        long session = id(schedule(author, workshop(author, title), online(1, JOIN_LINK + "x")));
        Instant start = Instant.parse(api().get("api/v1/sessions/" + session).json().getString("startsAt"));
        String seatedEmail = ApiClient.uniqueEmail("zit");
        String waitingEmail = ApiClient.uniqueEmail("wacht");
        booked(api().registerAndSignIn("Zit", seatedEmail, PASSWORD), session);
        booked(api().registerAndSignIn("Wacht", waitingEmail, PASSWORD), session);
        TestMailServer.awaitMailTo(seatedEmail, 1, PATIENCE);
        TestMailServer.awaitMailTo(waitingEmail, 1, PATIENCE);

        Reply cancelled = author.post("api/v1/sessions/" + session + "/cancellation", "{\"reason\":\"De trainer is ziek geworden\"}");
        assertEquals(200, cancelled.status(), cancelled.toString());

        MimeMessage toSeated = withSubject(TestMailServer.awaitMailTo(seatedEmail, 2, PATIENCE), "Geannuleerd: " + title + " op " + dutchDay(start));
        assertTrue(textOf(toSeated).contains("De trainer is ziek geworden"), textOf(toSeated));
        Calendar removal = invitationOf(toSeated).orElseThrow().calendar();
        assertEquals("CANCEL", removal.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("CANCELLED", value(event(removal), Property.STATUS));
        MimeMessage toWaiting = withSubject(TestMailServer.awaitMailTo(waitingEmail, 2, PATIENCE), "Geannuleerd: " + title + " op " + dutchDay(start));
        assertTrue(textOf(toWaiting).contains("De trainer is ziek geworden"));
        assertTrue(invitationOf(toWaiting).isEmpty(), "nothing to remove from the calendar of someone who was waiting");
    }

    @Test
    void aNewTimeIsMailedWithAnUpdatedInvitationAndAddedSeatsGoToThoseWaiting() throws Exception {
        ApiClient author = api().newAuthor(PASSWORD);
        String title = "Workshop verzet " + UUID.randomUUID();
        String link = JOIN_LINK + UUID.randomUUID();
        long session = id(schedule(author, workshop(author, title), online(1, link)));
        String seatedEmail = ApiClient.uniqueEmail("zit");
        String waitingEmail = ApiClient.uniqueEmail("wacht");
        String stillWaitingEmail = ApiClient.uniqueEmail("blijft");
        booked(api().registerAndSignIn("Zit", seatedEmail, PASSWORD), session);
        booked(api().registerAndSignIn("Wacht", waitingEmail, PASSWORD), session);
        booked(api().registerAndSignIn("Blijft", stillWaitingEmail, PASSWORD), session);
        TestMailServer.awaitMailTo(seatedEmail, 1, PATIENCE);
        TestMailServer.awaitMailTo(waitingEmail, 1, PATIENCE);
        TestMailServer.awaitMailTo(stillWaitingEmail, 1, PATIENCE);

        Instant later = Instant.now().plus(9, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        java.util.function.IntFunction<String> movedWithCapacity = capacity -> online(capacity, link).add("startsAt", later.toString())
                .add("endsAt", later.plus(Duration.ofHours(2)).toString()).add("bookingDeadline", later.minus(Duration.ofDays(1)).toString())
                .build().toString();
        JsonObject changed = ok(author.put("api/v1/sessions/" + session, movedWithCapacity.apply(2)));
        assertEquals(later, Instant.parse(changed.getString("startsAt")));
        assertEquals(2, changed.getInt("capacity"));
        assertEquals(0, changed.getInt("seatsLeft"), "the seat added went to the first one waiting");

        MimeMessage change = withSubject(TestMailServer.awaitMailTo(seatedEmail, 2, PATIENCE), "Gewijzigd: " + title);
        String when = later.atZone(AMSTERDAM).format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm",
                java.util.Locale.forLanguageTag("nl")));
        assertTrue(textOf(change).contains(when), "the new time, " + when + ": " + textOf(change));
        VEvent updated = event(invitationOf(change).orElseThrow().calendar());
        assertEquals("session-" + session + "@academy.ptvt.nl", value(updated, Property.UID));
        assertEquals("1", value(updated, Property.SEQUENCE), "one change of time: one higher");
        assertEquals(later, ZonedDateTime.from(updated.getDateTimeStart().getDate()).toInstant());

        MimeMessage promoted = withSubject(TestMailServer.awaitMailTo(waitingEmail, 2, PATIENCE), "Er is een plaats voor je vrijgekomen: " + title);
        assertEquals("1", value(event(invitationOf(promoted).orElseThrow().calendar()), Property.SEQUENCE));
        MimeMessage stillWaiting = withSubject(TestMailServer.awaitMailTo(stillWaitingEmail, 2, PATIENCE), "Gewijzigd: " + title);
        assertTrue(invitationOf(stillWaiting).isEmpty());
        pause(Duration.ofSeconds(3));
        assertEquals(2, TestMailServer.mailTo(waitingEmail).size(), "the promoted one heard of the new time once, in the promotion");

        // a capacity below the seats taken, a stranger, a cancelled session
        assertProblem(author.put("api/v1/sessions/" + session, movedWithCapacity.apply(1)), 422, "session.capacity-below-seats-taken");
        assertProblem(api().newAuthor(PASSWORD).put("api/v1/sessions/" + session, online(5, link).build().toString()), 403, "session.not-an-author");
        assertProblem(api().newLearner(PASSWORD).put("api/v1/sessions/" + session, online(5, link).build().toString()), 403, "forbidden");
        assertProblem(author.put("api/v1/sessions/" + session, online(5, link).add("capacity", 0).build().toString()), 400, "validation");
        ok(author.post("api/v1/sessions/" + session + "/cancellation", "{\"reason\":\"Te weinig animo\"}"));
        assertProblem(author.put("api/v1/sessions/" + session, online(5, link).build().toString()), 409, "session.not-scheduled");
    }

    @Test
    void aSessionInTwoPartsIsOneInvitationWithAnEventPerPart() throws Exception {
        ApiClient author = api().newAuthor(PASSWORD);
        String title = "Training in delen " + UUID.randomUUID();
        // Saturday 27 March 2027 09:00–12:00 (winter time), Sunday 28 March 2027 09:00–15:00 (summer time)
        Instant firstStart = Instant.parse("2027-03-27T08:00:00Z");
        Instant secondStart = Instant.parse("2027-03-28T07:00:00Z");
        Instant end = Instant.parse("2027-03-28T13:00:00Z");
        JsonObject scheduled = schedule(author, workshop(author, title), Json.createObjectBuilder().add("startsAt", firstStart.toString())
                .add("endsAt", end.toString()).add("capacity", 5).add("bookingDeadline", firstStart.minus(Duration.ofDays(1)).toString())
                .add("onlineUrl", JOIN_LINK + "p").add("parts", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("startsAt", firstStart.toString()).add("endsAt", firstStart.plus(Duration.ofHours(3)).toString()))
                        .add(Json.createObjectBuilder().add("startsAt", secondStart.toString()).add("endsAt", end.toString()))));
        assertEquals(2, scheduled.getJsonArray("parts").size());
        String email = ApiClient.uniqueEmail("delen");
        booked(api().registerAndSignIn("Delen", email, PASSWORD), id(scheduled));

        MimeMessage mail = only(TestMailServer.awaitMailTo(email, 1, PATIENCE));
        assertTrue(textOf(mail).contains("zaterdag 27 maart 2027, 09:00–12:00 en zondag 28 maart 2027, 09:00–15:00"), textOf(mail));
        Calendar calendar = invitationOf(mail).orElseThrow().calendar();
        List<VEvent> events = calendar.getComponents(Component.VEVENT).stream().map(VEvent.class::cast).toList();
        assertEquals(2, events.size());
        assertEquals(firstStart, ZonedDateTime.from(events.get(0).getDateTimeStart().getDate()).toInstant());
        assertEquals(secondStart, ZonedDateTime.from(events.get(1).getDateTimeStart().getDate()).toInstant());
        assertEquals(end, ZonedDateTime.from(events.get(1).getDateTimeEnd().getDate()).toInstant());
        assertTrue(events.stream().allMatch(event -> value(event, Property.UID).equals("session-" + id(scheduled) + "@academy.ptvt.nl")));
        assertTrue(events.get(1).getProperty(Property.RECURRENCE_ID).isPresent());

        JsonObject overlapping = Json.createObjectBuilder().add("startsAt", firstStart.toString()).add("endsAt", end.toString())
                .add("capacity", 5).add("bookingDeadline", firstStart.minus(Duration.ofDays(1)).toString()).add("onlineUrl", JOIN_LINK + "p")
                .add("parts", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("startsAt", secondStart.toString()).add("endsAt", end.toString()))
                        .add(Json.createObjectBuilder().add("startsAt", firstStart.toString()).add("endsAt", secondStart.toString()))).build();
        assertProblem(author.put("api/v1/sessions/" + id(scheduled), overlapping.toString()), 422, "session.parts-order");
    }

    @Test
    void aBookingOnASessionInThirtyHoursGetsExactlyOneReminder() throws Exception {
        ApiClient author = api().newAuthor(PASSWORD);
        String title = "Webinar morgen " + UUID.randomUUID();
        Instant start = Instant.now().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.MINUTES);
        long session = id(schedule(author, workshop(author, title), online(5, JOIN_LINK + "r").add("startsAt", start.toString())
                .add("endsAt", start.plus(Duration.ofHours(1)).toString()).add("bookingDeadline", start.minus(Duration.ofHours(1)).toString())));
        String email = ApiClient.uniqueEmail("herinnerd");
        long booking = id(booked(api().registerAndSignIn("Herinnerd", email, PASSWORD), session));

        List<MimeMessage> mails = TestMailServer.awaitMailTo(email, 2, PATIENCE);
        MimeMessage reminder = withSubject(mails, "Herinnering: " + title + " op " + dutchDay(start));
        assertTrue(textOf(reminder).contains(JOIN_LINK + "r"), textOf(reminder));
        // the pass runs every second: a few more runs queue nothing more
        pause(Duration.ofSeconds(4));
        assertEquals(1, TestMailServer.mailTo(email).stream().filter(mail -> subject(mail).startsWith("Herinnering")).count());
        assertEquals(1, count("SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = ?", "session-reminder:" + booking + ":" + start.getEpochSecond()));
    }

    @Test
    void aBookingWhileTheMailServerIsDownSucceedsAndItsMailArrivesWhenTheServerIsBack() throws Exception {
        ApiClient author = api().newAuthor(PASSWORD);
        String title = "Workshop storing " + UUID.randomUUID();
        long session = id(schedule(author, workshop(author, title), online(5, JOIN_LINK + "s")));
        String email = ApiClient.uniqueEmail("storing");
        ApiClient learner = api().registerAndSignIn("Storing", email, PASSWORD);

        TestMailServer.goDown();
        try {
            assertEquals("CONFIRMED", booked(learner, session).getString("status"), "the booking does not wait for mail");
            pause(Duration.ofSeconds(3));
            assertEquals(1, count("SELECT COUNT(*) FROM mail_outbox WHERE recipient_address = ? AND status = 'PENDING'", email),
                    "the confirmation waits in the outbox");
            assertTrue(count("SELECT MAX(attempts) FROM mail_outbox WHERE recipient_address = ?", email) >= 1,
                    "the sender tried and failed while the server was down");
        } finally {
            TestMailServer.comeBack();
        }
        MimeMessage mail = only(TestMailServer.awaitMailTo(email, 1, PATIENCE));
        assertEquals("Je plaats is bevestigd: " + title, mail.getSubject());
        assertTrue(invitationOf(mail).isPresent());
        assertEquals(1, count("SELECT COUNT(*) FROM mail_outbox WHERE recipient_address = ? AND status = 'SENT'", email));
    }

    // -------------------------------------------------------------------------------------------------------------
    // Helpers

    private ApiClient api() {
        return ApiClient.at(deployment);
    }

    private static long workshop(ApiClient author, String title) {
        return Courses.publish(author, Courses.details(title, "WORKSHOP", null, "PRIMARY_TEACHER"));
    }

    private static JsonObject booked(ApiClient learner, long session) {
        Reply reply = learner.post("api/v1/sessions/" + session + "/bookings", "");
        assertEquals(201, reply.status(), reply.toString());
        return reply.jsonArray().getJsonObject(0);
    }

    /** Asked for as a calendar client asks: any type (a problem comes as problem+json). */
    private static Reply calendarOf(ApiClient client, long session) {
        ApiClient.Download download = client.download("api/v1/sessions/" + session + "/calendar.ics");
        return new Reply(download.status(), download.headers(), new String(download.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** "zondag 6 december 2026", the day in Amsterdam. */
    private static String dutchDay(Instant moment) {
        return moment.atZone(AMSTERDAM).format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.forLanguageTag("nl")));
    }

    private static JsonObject ok(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static MimeMessage only(List<MimeMessage> mails) {
        assertEquals(1, mails.size(), () -> "subjects: " + mails.stream().map(SessionMailIT::subject).toList());
        return mails.get(0);
    }

    private static MimeMessage withSubject(List<MimeMessage> mails, String subject) {
        List<MimeMessage> matching = mails.stream().filter(mail -> subject.equals(subject(mail))).toList();
        assertEquals(1, matching.size(), () -> "one mail \"" + subject + "\" among " + mails.stream().map(SessionMailIT::subject).toList());
        return matching.get(0);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(MimeMessage mail) throws MessagingException, IOException {
        Object content = mail.getContent();
        if (content instanceof String text) {
            return text;
        }
        for (BodyPart part : parts((Multipart) content)) {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no text part");
    }

    private record Invitation(String contentType, Calendar calendar) {
    }

    private static Optional<Invitation> invitationOf(MimeMessage mail) throws MessagingException, IOException, ParserException {
        if (!(mail.getContent() instanceof Multipart multipart)) {
            return Optional.empty();
        }
        for (BodyPart part : parts(multipart)) {
            if (part.isMimeType("text/calendar")) {
                assertTrue(part.getFileName().endsWith(".ics"), part.getFileName());
                try (InputStream in = part.getInputStream()) {
                    return Optional.of(new Invitation(part.getContentType(), parse(in.readAllBytes())));
                }
            }
        }
        return Optional.empty();
    }

    private static List<BodyPart> parts(Multipart multipart) throws MessagingException, IOException {
        List<BodyPart> all = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                all.addAll(parts(nested));
            } else {
                all.add(part);
            }
        }
        return all;
    }

    private static Calendar parse(byte[] file) throws IOException, ParserException {
        return new CalendarBuilder().build(new ByteArrayInputStream(file));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.getComponent(Component.VEVENT).map(VEvent.class::cast).orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
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

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
