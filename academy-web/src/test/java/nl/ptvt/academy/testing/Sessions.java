package nl.ptvt.academy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Sessions for the tests, scheduled over the REST API, and the one change no API makes: moving a session into the past. */
public final class Sessions {

    private Sessions() {
    }

    /** An online session next week, three hours, with this many seats, bookable until the day before. */
    public static JsonObjectBuilder online(int capacity, String link) {
        return nextWeek(capacity).add("onlineUrl", link);
    }

    /** An on-site session next week in Utrecht, three hours, with this many seats, bookable until the day before. */
    public static JsonObjectBuilder onSite(int capacity) {
        return nextWeek(capacity).add("venue", Json.createObjectBuilder().add("name", "Het Lokaal").add("address", "Stationsplein 1")
                .add("city", "Utrecht").add("province", "UT"));
    }

    private static JsonObjectBuilder nextWeek(int capacity) {
        Instant start = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return Json.createObjectBuilder().add("startsAt", start.toString()).add("endsAt", start.plus(Duration.ofHours(3)).toString())
                .add("capacity", capacity).add("bookingDeadline", start.minus(Duration.ofDays(1)).toString());
    }

    /** Schedules the session (the author's) and answers it; anything but 201 fails the test. */
    public static JsonObject schedule(ApiClient author, long course, JsonObjectBuilder session) {
        ApiClient.Reply scheduled = author.post("api/v1/courses/" + course + "/sessions", session.build().toString());
        assertEquals(201, scheduled.status(), scheduled.toString());
        return scheduled.json();
    }

    /** Sessions are scheduled in the future; attendance needs one that has started: move it eight days back. */
    public static void startedYesterday(long session) throws SQLException {
        try (Connection db = IntegrationTestServer.openDatabase();
             PreparedStatement move = db.prepareStatement("UPDATE training_session SET starts_at = starts_at - INTERVAL 8 DAY, "
                     + "ends_at = ends_at - INTERVAL 8 DAY, booking_deadline = booking_deadline - INTERVAL 8 DAY WHERE id = ?")) {
            move.setLong(1, session);
            assertEquals(1, move.executeUpdate());
        }
    }
}
