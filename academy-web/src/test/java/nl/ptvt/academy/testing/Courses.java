package nl.ptvt.academy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.concurrent.ThreadLocalRandom;
import nl.ptvt.academy.testing.ApiClient.Reply;

/** Courses made over the REST API, for tests that need some in the catalogue. */
public final class Courses {

    private Courses() {
    }

    /** A word of letters only, unique to one test, that the catalogue search finds. */
    public static String tag() {
        // letters a-f drawn directly: a UUID may hold fewer than six of them
        return "t" + letters(6) + "x" + letters(3);
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder(count);
        for (int letter = 0; letter < count; letter++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(6)));
        }
        return letters.toString();
    }

    /** The details of a course that needs no lessons to be published (not an e-learning). */
    public static JsonObjectBuilder details(String title, String format, String theme, String... audiences) {
        JsonArrayBuilder audienceList = Json.createArrayBuilder();
        for (String audience : audiences) {
            audienceList.add(audience);
        }
        JsonObjectBuilder details = Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "Een korte samenvatting van " + title)
                .add("format", format)
                .add("audiences", audienceList)
                .add("language", "nl");
        return theme == null ? details : details.add("theme", theme);
    }

    /** Creates the course as a draft and returns what the API answered (201 checked). */
    public static JsonObject create(ApiClient author, JsonObjectBuilder details) {
        Reply created = author.post("api/v1/courses", details.build().toString());
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }

    /** Creates and publishes the course; returns its id. */
    public static long publish(ApiClient author, JsonObjectBuilder details) {
        long id = create(author, details).getJsonNumber("id").longValue();
        Reply published = author.post("api/v1/courses/" + id + "/publication", "");
        assertEquals(200, published.status(), published.toString());
        return id;
    }

    /** A quiz question in the JSON of a new lesson, with its options. */
    public static JsonObjectBuilder question(String text, String kind, JsonObjectBuilder... options) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObjectBuilder option : options) {
            list.add(option);
        }
        return Json.createObjectBuilder().add("text", text).add("kind", kind).add("options", list);
    }

    /** A quiz option in the JSON of a new lesson. */
    public static JsonObjectBuilder option(String text, boolean correct, String feedback) {
        return Json.createObjectBuilder().add("text", text).add("correct", correct).add("feedback", feedback);
    }
}
