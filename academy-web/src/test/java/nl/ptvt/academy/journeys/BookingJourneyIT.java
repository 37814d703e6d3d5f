package nl.ptvt.academy.journeys;

import static nl.ptvt.academy.testing.Sessions.schedule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ptvt.academy.testing.ApiClient;
import nl.ptvt.academy.testing.Courses;
import org.junit.jupiter.api.Test;

/**
 * The booking journeys in headless Chromium against the Academy on Payara Micro with MariaDB: a coordinator books
 * three colleagues on an open regional training with two seats, one lands on the waiting list, the coordinator
 * cancels a confirmed booking and the colleague waiting is promoted (and sees it on the course's page), and the
 * colleague whose seat was cancelled books again from the course's page onto the waiting list; an anonymous visitor
 * finds sessions in the agenda and filters it by province and by theme. Every page meets WCAG 2.1 AA. Courses and
 * sessions are made through the REST API.
 */
class BookingJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "techniek-is-leuk-2026";

    private ApiClient api() {
        return ApiClient.at(deployment);
    }

    @Test
    void aCoordinatorBooksThreeColleaguesOnARegionalTrainingOneWaitsAndACancellationPromotesThem() {
        ApiClient admin = api().asAdministrator();
        long organisation = id(admin.post("api/v1/organisations", Json.createObjectBuilder()
                .add("name", "Techniek College Zwolle " + UUID.randomUUID()).add("type", "SECONDARY_SCHOOL").add("province", "OV")
                .build().toString()).json());
        String coordinatorEmail = ApiClient.uniqueEmail("karin");
        placeIn(admin, api().registerWithRoles("Karin Mulder", coordinatorEmail, PASSWORD, "COORDINATOR"), organisation);
        String sanneEmail = ApiClient.uniqueEmail("sanne");
        String ahmedEmail = ApiClient.uniqueEmail("ahmed");
        for (String[] colleague : List.of(new String[] {"Ahmed El Amrani", ahmedEmail},
                new String[] {"Lotte Jansen", ApiClient.uniqueEmail("lotte")}, new String[] {"Sanne de Vries", sanneEmail})) {
            placeIn(admin, api().registerAndSignIn(colleague[0], colleague[1], PASSWORD), organisation);
        }
        ApiClient author = api().newAuthor(PASSWORD);
        String title = "Techniekcoach regiotraining " + UUID.randomUUID().toString().substring(0, 8);
        long course = Courses.publish(author, Courses.details(title, "TRAINING", null, "SECONDARY_TEACHER"));
        String slug = author.get("api/v1/courses/" + course).json().getString("slug");
        schedule(author, course, atVenue(2, "Zwolle", "OV").add("provinces", Json.createArrayBuilder().add("OV")));
        List<String> problems = new ArrayList<>();

        new LoginPage(browser, base).open().logIn(coordinatorEmail, PASSWORD);
        new CoordinatorPages(browser, base).openFromHeader();
        SessionBookingPage booking = new SessionBookingPage(browser, base).openFromSubNavigation().choose(title);
        assertTrue(booking.text().contains("Nog 2 plaatsen vrij"), booking.text());
        assertTrue(booking.booked().isEmpty());
        problems.addAll(Accessibility.check(browser, null));

        List<String> result = booking.book(List.of("Ahmed El Amrani", "Lotte Jansen", "Sanne de Vries"));
        assertEquals(3, result.size(), booking.text());
        assertTrue(result.get(0).endsWith("Geboekt"), result.toString());
        assertTrue(result.get(1).endsWith("Geboekt"), result.toString());
        assertTrue(result.get(2).startsWith(sanneEmail) && result.get(2).endsWith("Wachtlijst, plaats 1"), result.toString());
        List<String> booked = booking.booked();
        assertEquals(3, booked.size(), booked.toString());
        assertTrue(booked.get(2).startsWith("Sanne de Vries") && booked.get(2).contains("Wachtlijst, plaats 1"), booked.toString());
        assertTrue(booking.text().contains("Vol: nieuwe boekingen komen op de wachtlijst"), booking.text());
        problems.addAll(Accessibility.check(browser, null));

        booking.cancel("Ahmed El Amrani");
        booked = booking.booked();
        assertEquals(2, booked.size(), booked.toString());
        assertFalse(booked.stream().anyMatch(line -> line.startsWith("Ahmed")), booked.toString());
        assertTrue(booked.stream().allMatch(line -> line.contains("Geboekt")), "Sanne was promoted: " + booked);
        problems.addAll(Accessibility.check(browser, null));

        // Sanne sees her seat on the course's page
        logOut();
        new LoginPage(browser, base).open().logIn(sanneEmail, PASSWORD);
        CoursePage coursePage = new CoursePage(browser, base).open(slug);
        assertTrue(coursePage.sessions().contains("Geboekt"), coursePage.sessions());
        assertTrue(coursePage.sessions().contains("Zwolle (Overijssel)"), coursePage.sessions());
        assertTrue(coursePage.sessions().contains("Voor organisaties in Overijssel"), coursePage.sessions());
        problems.addAll(Accessibility.check(browser, null));

        // Ahmed, whose seat was cancelled, books again from the course's page: the session is full, he waits
        logOut();
        new LoginPage(browser, base).open().logIn(ahmedEmail, PASSWORD);
        coursePage = new CoursePage(browser, base).open(slug);
        assertTrue(coursePage.sessions().contains("Vol: nieuwe boekingen komen op de wachtlijst"), coursePage.sessions());
        coursePage.bookSession();
        assertTrue(coursePage.sessions().contains("Je staat op de wachtlijst (plaats 1)"), coursePage.sessions());
        problems.addAll(Accessibility.check(browser, null));
        coursePage.cancelSession();
        assertTrue(coursePage.sessions().contains("Boeken"), coursePage.sessions());
        assertFalse(coursePage.sessions().contains("wachtlijst (plaats"), coursePage.sessions());

        assertEquals(List.of(), problems);
    }

    private void logOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void anAnonymousVisitorSeesTheAgendaFiltersItByProvinceAndThemeAndGoesToTheCourse() {
        ApiClient author = api().newAuthor(PASSWORD);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String groningen = "Workshop in Groningen " + tag;
        String limburg = "Workshop in Limburg " + tag;
        long inGroningen = Courses.publish(author, Courses.details(groningen, "WORKSHOP", null, "PRIMARY_TEACHER"));
        String themeName = "Agendathema " + tag;
        ApiClient.Reply theme = api().asAdministrator().post("api/v1/themes", Json.createObjectBuilder()
                .add("nameNl", themeName).add("nameEn", "Agenda theme " + tag).build().toString());
        assertEquals(201, theme.status(), theme.toString());
        long inLimburg = Courses.publish(author, Courses.details(limburg, "WORKSHOP", theme.json().getString("code"), "PRIMARY_TEACHER"));
        schedule(author, inGroningen, atVenue(12, "Groningen", "GR"));
        schedule(author, inLimburg, atVenue(12, "Maastricht", "LI"));
        List<String> problems = new ArrayList<>();

        browser.get(base + "/");
        AgendaPage agenda = new AgendaPage(browser, base).openFromHeader();
        assertTrue(agenda.calendarShown());
        assertTrue(agenda.listed().stream().anyMatch(line -> line.contains(groningen)), agenda.listed().toString());
        assertTrue(agenda.listed().stream().anyMatch(line -> line.contains(limburg)), agenda.listed().toString());
        problems.addAll(Accessibility.check(browser, null));

        agenda.filterByProvince("Groningen");
        List<String> listed = agenda.listed();
        assertTrue(listed.stream().anyMatch(line -> line.contains(groningen) && line.contains("Groningen (Groningen)")), listed.toString());
        assertFalse(listed.stream().anyMatch(line -> line.contains(limburg)), listed.toString());
        assertTrue(listed.stream().allMatch(line -> line.contains("(Groningen)")), "only sessions in Groningen: " + listed);
        assertTrue(agenda.calendarEventsGoingForwardUntil(groningen, 1).stream().noneMatch(event -> event.contains(limburg)));
        problems.addAll(Accessibility.check(browser, null));

        listed = agenda.filterByTheme(themeName).listed();
        assertEquals(1, listed.size(), listed.toString());
        assertTrue(listed.get(0).contains(limburg) && listed.get(0).contains("Maastricht (Limburg)"), listed.toString());

        agenda.filterByProvince("Groningen").calendarEventsGoingForwardUntil(groningen, 1);
        CoursePage coursePage = agenda.clickEvent(groningen);
        assertTrue(coursePage.heading().contains(groningen), coursePage.heading());
        assertTrue(coursePage.sessions().contains("Inloggen om te boeken"), coursePage.sessions());
        assertTrue(coursePage.sessions().contains("Nog 12 plaatsen vrij"), coursePage.sessions());
        problems.addAll(Accessibility.check(browser, null));

        assertEquals(List.of(), problems);
    }

    /** A session at a venue next week, 09:00 to 16:00 Dutch time (more or less), bookable until the day before. */
    private static JsonObjectBuilder atVenue(int capacity, String city, String province) {
        Instant start = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(8));
        return Json.createObjectBuilder().add("startsAt", start.toString()).add("endsAt", start.plus(Duration.ofHours(7)).toString())
                .add("capacity", capacity).add("bookingDeadline", start.minus(Duration.ofDays(1)).toString())
                .add("venue", Json.createObjectBuilder().add("name", "Techniekhuis").add("address", "Stationsplein 1")
                        .add("city", city).add("province", province));
    }

    private static void placeIn(ApiClient admin, ApiClient person, long organisationId) {
        ApiClient.Reply placed = admin.put("api/v1/users/" + id(person.get("api/v1/me").json()) + "/organisation",
                "{\"organisationId\":" + organisationId + "}");
        assertEquals(200, placed.status(), placed.toString());
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }
}
