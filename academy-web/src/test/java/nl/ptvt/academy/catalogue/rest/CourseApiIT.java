package nl.ptvt.academy.catalogue.rest;

import static nl.ptvt.academy.testing.Courses.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ptvt.academy.testing.AcademyDeployment;
import nl.ptvt.academy.testing.ApiClient;
import nl.ptvt.academy.testing.ApiClient.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST contract of the catalogue and of authoring, black-box over HTTP against the Academy on Payara Micro
 * with MariaDB. All tests share one database, so every test puts a tag of its own in its titles and searches by it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseApiIT {

    private static final String PASSWORD = "een-lang-wachtwoord";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive academy() {
        return AcademyDeployment.builtWar();
    }

    // -------------------------------------------------------------------------------------------------------------
    // Helpers

    private ApiClient api() {
        return ApiClient.at(deployment);
    }

    private ApiClient admin() {
        return api().asAdministrator();
    }

    /** A word of letters only, unique to one test, that the catalogue search can find. */
    private static String tag() {
        // a UUID may hold fewer than six of the letters a-f, so the letters are drawn one by one
        return "t" + ThreadLocalRandom.current().ints(10, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    private static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ptvt.test";
    }

    private ApiClient learner() {
        return api().registerAndSignIn("Leerling", uniqueEmail("leerling"), PASSWORD);
    }

    /** A registered account that an administrator made an author. */
    private ApiClient author() {
        return api().registerWithRoles("Auteur", uniqueEmail("auteur"), PASSWORD, "AUTHOR");
    }

    private static JsonObjectBuilder course(String title) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "Een korte samenvatting van " + title)
                .add("description", "<p>Over <strong>techniek</strong> in de klas.</p>")
                .add("format", "WORKSHOP")
                .add("theme", "BETA_TECH_MENTALITY")
                .add("audiences", Json.createArrayBuilder().add("PRIMARY_TEACHER").add("SECONDARY_TEACHER"))
                .add("programmeLine", "JET_NET_TECHNET")
                .add("studyHours", 3)
                .add("language", "nl")
                .add("certificate", true)
                .add("certificateValidityMonths", 24);
    }

    private static JsonObject created(Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private long createCourse(ApiClient author, JsonObjectBuilder course) {
        return id(created(author.post("api/v1/courses", course.build().toString())));
    }

    private long addModule(ApiClient author, long courseId, String title) {
        return id(created(author.post("api/v1/courses/" + courseId + "/modules", "{\"title\":\"" + title + "\"}")));
    }

    private long addLesson(ApiClient author, long moduleId, String lesson) {
        return id(created(author.post("api/v1/modules/" + moduleId + "/lessons", lesson)));
    }

    private static String textLesson(String title, String body) {
        return Json.createObjectBuilder().add("title", title).add("kind", "TEXT").add("body", body).build().toString();
    }

    private static String quizLesson(String title) {
        JsonArrayBuilder questions = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("text", "Hoe lang duurt een gastles meestal?").add("kind", "SINGLE")
                        .add("options", Json.createArrayBuilder()
                                .add(option("Een lesuur", true, "Zo is het, meestal een lesuur."))
                                .add(option("Een hele dag", false, "Dat is eerder een bedrijfsbezoek."))))
                .add(Json.createObjectBuilder().add("text", "Een gastles gaat over de praktijk.").add("kind", "TRUE_FALSE")
                        .add("options", Json.createArrayBuilder()
                                .add(option("Waar", true, "Inderdaad."))
                                .add(option("Niet waar", false, "Jawel, juist daarom."))));
        return Json.createObjectBuilder().add("title", title).add("kind", "QUIZ").add("passMark", 70).add("maxAttempts", 3)
                .add("questions", questions).build().toString();
    }

    private static JsonObject published(Reply reply, int version) {
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("PUBLISHED", reply.json().getString("status"));
        assertEquals(version, reply.json().getInt("version"));
        return reply.json();
    }

    /** A published workshop (no lessons needed) with the given details. */
    private long publishedCourse(ApiClient author, JsonObjectBuilder details) {
        long id = createCourse(author, details);
        published(author.post("api/v1/courses/" + id + "/publication", ""), 1);
        return id;
    }

    private JsonObject search(String query) {
        Reply reply = api().get("api/v1/courses?" + query);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static List<String> titles(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(item -> item.getString("title")).toList();
    }

    private static void assertProblem(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), "problem+json, was " + reply.contentType());
        assertEquals(status, reply.json().getInt("status"));
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), "no stack trace: " + reply.body());
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertProblem(reply, status);
        assertEquals(code, reply.json().getString("code"), reply.toString());
    }

    private static Set<String> violationFields(Reply reply) {
        return reply.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(violation -> violation.getString("field")).collect(Collectors.toSet());
    }

    // -------------------------------------------------------------------------------------------------------------
    // Tests

    @Test
    void aDraftIsSeenOnlyByItsAuthorUntilItIsPublished() {
        String tag = tag();
        ApiClient author = author();
        JsonObjectBuilder details = course("Een goede gastles geven " + tag).add("format", "E_LEARNING");
        Reply creation = author.post("api/v1/courses", details.build().toString());
        JsonObject draft = created(creation);
        long courseId = id(draft);
        assertTrue(creation.header("Location").orElseThrow().endsWith("/api/v1/courses/" + courseId), creation.headers().toString());
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(1, draft.getInt("version"));
        assertEquals("Een goede gastles geven " + tag, draft.getString("title"));
        assertEquals("BETA_TECH_MENTALITY", draft.getString("theme"));
        assertEquals(List.of("PRIMARY_TEACHER", "SECONDARY_TEACHER"),
                draft.getJsonArray("audiences").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
        assertEquals("JET_NET_TECHNET", draft.getString("programmeLine"));
        assertEquals(3, draft.getJsonNumber("studyHours").intValue());
        assertTrue(draft.getBoolean("certificate"));
        assertEquals(24, draft.getInt("certificateValidityMonths"));
        assertFalse(draft.getString("slug").isBlank());

        JsonObject module = created(author.post("api/v1/courses/" + courseId + "/modules", "{\"title\":\"Voorbereiding\"}"));
        assertEquals("Voorbereiding", module.getString("title"));
        assertEquals(0, module.getJsonArray("lessons").size());
        JsonObject text = created(author.post("api/v1/modules/" + id(module) + "/lessons", textLesson("Wat maakt een gastles goed?", "<p>Begin met een vraag.</p>")));
        assertEquals("TEXT", text.getString("kind"));
        assertTrue(text.getBoolean("required"), "a lesson is required unless said otherwise");
        JsonObject quiz = created(author.post("api/v1/modules/" + id(module) + "/lessons", quizLesson("Afsluitende toets")));
        assertEquals("QUIZ", quiz.getString("kind"));
        assertEquals(70, quiz.getInt("passMark"));
        assertEquals(3, quiz.getInt("maxAttempts"));

        assertEquals(0, search(q(tag)).getInt("total"), "a draft is not in the catalogue");
        assertProblem(api().get("api/v1/courses/" + courseId), 404, "course.not-found");
        assertProblem(learner().get("api/v1/courses/" + courseId), 404);
        assertProblem(author().get("api/v1/courses/" + courseId), 404, "course.not-found");
        JsonObject seenByAuthor = author.get("api/v1/courses/" + courseId).json();
        assertEquals("DRAFT", seenByAuthor.getString("status"));
        assertEquals(List.of("Wat maakt een gastles goed?", "Afsluitende toets"),
                seenByAuthor.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getValuesAs(JsonObject.class)
                        .stream().map(lesson -> lesson.getString("title")).toList());
        assertEquals(200, admin().get("api/v1/courses/" + courseId).status(), "administrators see every draft");

        published(author.post("api/v1/courses/" + courseId + "/publication", ""), 1);

        Reply anonymous = api().get("api/v1/courses/" + courseId);
        assertEquals(200, anonymous.status(), anonymous.toString());
        assertEquals("PUBLISHED", anonymous.json().getString("status"));
        assertEquals(1, anonymous.json().getInt("version"));
        assertEquals(2, anonymous.json().getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").size());
        JsonObject found = search(q(tag));
        assertEquals(1, found.getInt("total"));
        JsonObject item = found.getJsonArray("items").getJsonObject(0);
        assertEquals(courseId, id(item));
        assertEquals(draft.getString("slug"), item.getString("slug"));
        assertEquals("E_LEARNING", item.getString("format"));
        assertEquals("BETA_TECH_MENTALITY", item.getString("theme"));
        assertEquals(2, item.getJsonArray("audiences").size());
        assertTrue(item.containsKey("summary"));
    }

    @Test
    void aQuizShowsItsQuestionsButNeverTheAnswers() {
        ApiClient author = author();
        long courseId = createCourse(author, course("Quiz " + tag()).add("format", "E_LEARNING"));
        long moduleId = addModule(author, courseId, "Toets");
        Reply added = author.post("api/v1/modules/" + moduleId + "/lessons", quizLesson("Toets over gastlessen"));
        assertEquals(201, added.status(), added.toString());
        assertFalse(added.body().contains("\"correct\"") || added.body().contains("\"feedback\""), added.body());
        published(author.post("api/v1/courses/" + courseId + "/publication", ""), 1);

        Reply reply = api().get("api/v1/courses/" + courseId);
        assertEquals(200, reply.status(), reply.toString());
        assertFalse(reply.body().contains("correct"), "no answers: " + reply.body());
        assertFalse(reply.body().contains("feedback"), "no feedback: " + reply.body());
        assertFalse(reply.body().contains("Zo is het") || reply.body().contains("bedrijfsbezoek"), "no feedback texts: " + reply.body());
        JsonObject quiz = reply.json().getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0);
        JsonArray questions = quiz.getJsonArray("questions");
        assertEquals(2, questions.size());
        JsonObject first = questions.getJsonObject(0);
        assertTrue(first.getJsonNumber("id").longValue() > 0);
        assertEquals("Hoe lang duurt een gastles meestal?", first.getString("text"));
        assertEquals("SINGLE", first.getString("kind"));
        assertEquals(List.of("Een lesuur", "Een hele dag"),
                first.getJsonArray("options").getValuesAs(JsonObject.class).stream().map(o -> o.getString("text")).toList());
        for (JsonObject option : first.getJsonArray("options").getValuesAs(JsonObject.class)) {
            assertTrue(option.getJsonNumber("id").longValue() > 0);
            assertEquals(Set.of("id", "text"), option.keySet());
        }
        assertEquals("TRUE_FALSE", questions.getJsonObject(1).getString("kind"));
    }

    @Test
    void theCatalogueIsSearchedAccentInsensitivelyByAllWordsAsPrefixes() {
        String tag = tag();
        ApiClient author = author();
        long beta = publishedCourse(author, course("Bèta-workshop " + tag)
                .add("description", "<p>Proefjes voor de basisschool.</p>"));
        long techniek = publishedCourse(author, course("Techniekcoach basistraining " + tag).add("format", "TRAINING")
                .add("theme", "TECHNIEKCOACH").add("audiences", Json.createArrayBuilder().add("TECHNIEKCOACH"))
                .add("programmeLine", "KATAPULT").add("description", "<p>Voor coaches.</p>"));
        long webinar = publishedCourse(author, course("Webinar samenwerken met het mkb " + tag).add("format", "WEBINAR")
                .add("theme", "EDUCATION_BUSINESS").add("audiences", Json.createArrayBuilder().add("COMPANY_STAFF"))
                .add("programmeLine", "PLATFORM").add("description", "<p>Bedrijven en scholen in de regio.</p>"));

        assertEquals(3, search(q(tag)).getInt("total"));
        assertEquals(List.of(beta), ids(search(q("beta " + tag))), "accent-insensitive");
        assertEquals(List.of(beta), ids(search(q("BÉTA " + tag))), "letter case and accents either way");
        assertEquals(List.of(techniek), ids(search(q("techn " + tag))), "a word matches as a prefix");
        assertEquals(List.of(webinar), ids(search(q(tag + " mkb regio"))), "title and description both count");
        assertEquals(0, search(q(tag + " onbekendwoord")).getInt("total"), "all words must match");
        assertEquals(0, search(q(tag.substring(2))).getInt("total"), "a word matches the start of a word only");

        assertEquals(List.of(techniek), ids(search(q(tag) + "&format=TRAINING")));
        assertEquals(List.of(webinar), ids(search(q(tag) + "&format=webinar")), "enum parameters ignore letter case");
        assertEquals(List.of(beta), ids(search(q(tag) + "&theme=BETA_TECH_MENTALITY")));
        assertEquals(List.of(techniek), ids(search(q(tag) + "&audience=TECHNIEKCOACH")));
        assertEquals(List.of(beta), ids(search(q(tag) + "&audience=PRIMARY_TEACHER")));
        assertEquals(List.of(webinar), ids(search(q(tag) + "&programmeLine=PLATFORM")));
        assertEquals(0, search(q(tag) + "&theme=TECHNIEKCOACH&format=WEBINAR").getInt("total"), "filters combine");

        JsonObject first = search(q(tag) + "&size=2");
        assertEquals(3, first.getInt("total"));
        assertEquals(2, first.getInt("size"));
        assertEquals(0, first.getInt("page"));
        assertEquals(List.of("Bèta-workshop " + tag, "Techniekcoach basistraining " + tag), titles(first), "sorted by title");
        JsonObject second = search(q(tag) + "&size=2&page=1");
        assertEquals(List.of("Webinar samenwerken met het mkb " + tag), titles(second));
        assertEquals(3, second.getInt("total"));
        assertEquals(List.of(webinar, techniek, beta), ids(search(q(tag) + "&sort=NEWEST")), "most recently published first");
        assertEquals(List.of(beta, techniek, webinar), ids(search(q(tag) + "&sort=title")));

        for (String invalid : List.of("format=CASTLE", "audience=KING", "sort=RANDOM", "programmeLine=X", "page=x", "size=1000")) {
            Reply refused = api().get("api/v1/courses?" + invalid);
            assertProblem(refused, 400, "validation");
            assertEquals(invalid.substring(0, invalid.indexOf('=')), refused.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        }
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(CourseApiIT::id).toList();
    }

    @Test
    void themesAreListedInDutchUnlessEnglishIsPreferred() {
        Reply dutch = api().get("api/v1/themes");
        assertEquals(200, dutch.status(), dutch.toString());
        List<JsonObject> themes = dutch.jsonArray().getValuesAs(JsonObject.class);
        assertTrue(themes.size() >= 6, "the six of V2, and those administrators added: " + dutch.body());
        assertEquals("BETA_TECH_MENTALITY", themes.get(0).getString("code"));
        assertTrue(themes.stream().anyMatch(t -> t.getString("name").equals("Loopbaanoriëntatie")), dutch.body());

        List<JsonObject> english = api().inLanguage("en-GB,en;q=0.9,nl;q=0.5").get("api/v1/themes").jsonArray().getValuesAs(JsonObject.class);
        assertTrue(english.stream().anyMatch(t -> t.getString("name").equals("Career orientation")), english.toString());
        List<JsonObject> preferDutch = api().inLanguage("nl-NL,en;q=0.5").get("api/v1/themes").jsonArray().getValuesAs(JsonObject.class);
        assertTrue(preferDutch.stream().anyMatch(t -> t.getString("name").equals("Loopbaanoriëntatie")));
    }

    @Test
    void richTextIsSanitisedButKeepsHarmlessMarkup() {
        String tag = tag();
        ApiClient author = author();
        String dangerous = "<p>Welkom bij <strong>techniek</strong></p><script>alert(1)</script><img src=x onerror=alert(1)>";
        long courseId = createCourse(author, course("Veilig " + tag).add("format", "E_LEARNING").add("description", dangerous));
        long moduleId = addModule(author, courseId, "Start");
        JsonObject lesson = created(author.post("api/v1/modules/" + moduleId + "/lessons", textLesson("Les", dangerous)));
        assertClean(lesson.getString("body"));
        published(author.post("api/v1/courses/" + courseId + "/publication", ""), 1);

        JsonObject seen = api().get("api/v1/courses/" + courseId).json();
        assertClean(seen.getString("description"));
        assertClean(seen.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0).getString("body"));
        assertEquals(1, search(q("welkom " + tag)).getInt("total"), "the sanitised text is searchable");
        assertEquals(0, search(q("alert " + tag)).getInt("total"), "a removed script is not");
    }

    private static void assertClean(String html) {
        assertFalse(html.toLowerCase().contains("<script"), html);
        assertFalse(html.toLowerCase().contains("onerror"), html);
        assertFalse(html.contains("alert(1)"), html);
        assertTrue(html.contains("<p>") && html.contains("<strong>techniek</strong>"), html);
    }

    @Test
    void changesToAPublishedCourseGoToANewVersionUntilItIsPublished() {
        String tag = tag();
        ApiClient author = author();
        long courseId = createCourse(author, course("Inspiratieles W&T " + tag).add("format", "E_LEARNING"));
        long moduleV1 = addModule(author, courseId, "Inleiding");
        created(author.post("api/v1/modules/" + moduleV1 + "/lessons", textLesson("Eerste les", "<p>Een.</p>")));
        published(author.post("api/v1/courses/" + courseId + "/publication", ""), 1);

        Reply changed = author.put("api/v1/courses/" + courseId, course("Inspiratieles W&T vernieuwd " + tag).add("format", "E_LEARNING").build().toString());
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(2, changed.json().getInt("version"), "the change went to a new draft");
        assertTrue(changed.json().getBoolean("draft"));
        assertEquals("Inspiratieles W&T vernieuwd " + tag, changed.json().getString("title"));
        assertEquals(1, changed.json().getJsonArray("modules").size(), "the draft starts as a copy of version 1");
        long moduleV2 = id(changed.json().getJsonArray("modules").getJsonObject(0));
        assertNotEquals(moduleV1, moduleV2);
        created(author.post("api/v1/modules/" + moduleV2 + "/lessons", textLesson("Tweede les", "<p>Twee.</p>")));

        JsonObject anonymous = api().get("api/v1/courses/" + courseId).json();
        assertEquals(1, anonymous.getInt("version"));
        assertEquals("Inspiratieles W&T " + tag, anonymous.getString("title"));
        assertEquals(1, anonymous.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").size());
        assertEquals(List.of("Inspiratieles W&T " + tag), titles(search(q(tag))));
        assertEquals(0, search(q("vernieuwd " + tag)).getInt("total"));
        JsonObject authorsView = author.get("api/v1/courses/" + courseId).json();
        assertEquals(2, authorsView.getInt("version"), "the author sees the draft");

        published(author.post("api/v1/courses/" + courseId + "/publication", ""), 2);
        JsonObject v2 = api().get("api/v1/courses/" + courseId).json();
        assertEquals(2, v2.getInt("version"));
        assertEquals("Inspiratieles W&T vernieuwd " + tag, v2.getString("title"));
        assertEquals(2, v2.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").size());
        JsonObject found = search(q("vernieuwd " + tag));
        assertEquals(1, found.getInt("total"));
        assertEquals(2, found.getJsonArray("items").getJsonObject(0).getInt("version"));

        Reply history = author.get("api/v1/courses/" + courseId + "/publications");
        assertEquals(200, history.status(), history.toString());
        List<JsonObject> entries = history.jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(1, 2), entries.stream().map(e -> e.getInt("version")).toList());
        assertTrue(entries.stream().allMatch(e -> e.getString("action").equals("PUBLISHED")), entries.toString());
        long authorId = author.get("api/v1/me").json().getJsonNumber("id").longValue();
        assertTrue(entries.stream().allMatch(e -> e.getJsonNumber("accountId").longValue() == authorId));
        assertTrue(entries.stream().allMatch(e -> !e.getString("at").isBlank()));

        assertProblem(author.post("api/v1/modules/" + moduleV1 + "/lessons", textLesson("Te laat", "<p>Oud.</p>")), 422, "lesson.old-version");
        assertProblem(author.post("api/v1/courses/" + courseId + "/publication", ""), 422, "course.nothing-to-publish");

        // a module of the published version leads to its copy in a new draft
        JsonObject lessonV3 = created(author.post("api/v1/modules/" + moduleV2 + "/lessons", textLesson("Derde les", "<p>Drie.</p>")));
        assertEquals("Derde les", lessonV3.getString("title"));
        assertEquals(3, author.get("api/v1/courses/" + courseId).json().getInt("version"));
        assertEquals(2, api().get("api/v1/courses/" + courseId).json().getInt("version"));
    }

    @Test
    void onlyTheCoursesAuthorsAndAdministratorsMayWriteIt() {
        String tag = tag();
        ApiClient author = author();
        long courseId = createCourse(author, course("Van mij " + tag).add("format", "E_LEARNING"));
        long moduleId = addModule(author, courseId, "Module");
        String body = course("Overgenomen " + tag).build().toString();
        String lesson = textLesson("Les", "<p>Tekst</p>");

        ApiClient learner = learner();
        assertProblem(learner.post("api/v1/courses", body), 403);
        assertProblem(learner.put("api/v1/courses/" + courseId, body), 403);
        assertProblem(learner.post("api/v1/courses/" + courseId + "/modules", "{\"title\":\"M\"}"), 403);
        assertProblem(learner.post("api/v1/modules/" + moduleId + "/lessons", lesson), 403);
        assertProblem(learner.post("api/v1/courses/" + courseId + "/publication", ""), 403);
        assertProblem(learner.send("DELETE", "api/v1/courses/" + courseId + "/publication", null, null), 403);
        assertProblem(learner.get("api/v1/courses/" + courseId + "/publications"), 403);

        ApiClient anonymous = api();
        assertProblem(anonymous.post("api/v1/courses", body), 401);
        assertProblem(anonymous.put("api/v1/courses/" + courseId, body), 401);
        assertProblem(anonymous.post("api/v1/courses/" + courseId + "/modules", "{\"title\":\"M\"}"), 401);
        assertProblem(anonymous.post("api/v1/modules/" + moduleId + "/lessons", lesson), 401);
        assertProblem(anonymous.post("api/v1/courses/" + courseId + "/publication", ""), 401);
        assertProblem(anonymous.send("DELETE", "api/v1/courses/" + courseId + "/publication", null, null), 401);
        assertProblem(anonymous.get("api/v1/courses/" + courseId + "/publications"), 401);
        assertTrue(anonymous.post("api/v1/courses", body).header("WWW-Authenticate").orElse("").startsWith("Bearer"));

        ApiClient other = author();
        assertProblem(other.put("api/v1/courses/" + courseId, body), 403, "course.not-an-author");
        assertProblem(other.post("api/v1/courses/" + courseId + "/modules", "{\"title\":\"M\"}"), 403, "course.not-an-author");
        assertProblem(other.post("api/v1/modules/" + moduleId + "/lessons", lesson), 403, "course.not-an-author");
        assertProblem(other.post("api/v1/courses/" + courseId + "/publication", ""), 403, "course.not-an-author");
        assertProblem(other.get("api/v1/courses/" + courseId + "/publications"), 403, "course.not-an-author");

        Reply byAdmin = admin().put("api/v1/courses/" + courseId, course("Door de beheerder " + tag).build().toString());
        assertEquals(200, byAdmin.status(), byAdmin.toString());
        assertEquals("Door de beheerder " + tag, author.get("api/v1/courses/" + courseId).json().getString("title"));

        assertProblem(author.put("api/v1/courses/999999999", body), 404, "course.not-found");
        assertProblem(author.post("api/v1/modules/999999999/lessons", lesson), 404, "module.not-found");
        assertProblem(api().get("api/v1/courses/999999999"), 404);
    }

    @Test
    void invalidCoursesAreRefusedWithTheirFields() {
        ApiClient author = author();
        Reply noTitle = author.post("api/v1/courses", course("x").remove("title").build().toString());
        assertProblem(noTitle, 400, "validation");
        assertEquals(Set.of("title"), violationFields(noTitle));

        Reply blankTitleNoFormat = author.post("api/v1/courses", course(" ").remove("format").build().toString());
        assertProblem(blankTitleNoFormat, 400, "validation");
        assertEquals(Set.of("title", "format"), violationFields(blankTitleNoFormat));

        Reply invalidFormat = author.post("api/v1/courses", course("Kasteel " + tag()).add("format", "CASTLE").build().toString());
        assertProblem(invalidFormat, 400, "validation");
        assertEquals(Set.of("format"), violationFields(invalidFormat));

        Reply invalidAudience = author.post("api/v1/courses", course("Koning " + tag())
                .add("audiences", Json.createArrayBuilder().add("KING")).build().toString());
        assertProblem(invalidAudience, 400, "validation");
        assertEquals(Set.of("audiences"), violationFields(invalidAudience));

        assertProblem(author.post("api/v1/courses", course("Thema " + tag()).add("theme", "ASTROLOGY").build().toString()), 422, "course.unknown-theme");
        assertProblem(author.post("api/v1/courses", course("Zonder certificaat " + tag()).add("certificate", false).build().toString()),
                422, "course.validity-without-certificate");
        assertProblem(author.post("api/v1/courses", "{\"title\": "), 400, "malformed-json");

        long courseId = createCourse(author, course("Geldig " + tag()).add("format", "E_LEARNING"));
        Reply emptyModule = author.post("api/v1/courses/" + courseId + "/modules", "{\"title\":\"\"}");
        assertProblem(emptyModule, 400, "validation");
        assertEquals(Set.of("title"), violationFields(emptyModule));
        assertProblem(author.post("api/v1/courses/" + courseId + "/publication", ""), 422, "course.no-lessons");
    }

    @Test
    void lessonsFollowTheRulesOfTheirKind() {
        ApiClient author = author();
        long courseId = createCourse(author, course("Lessen " + tag()).add("format", "E_LEARNING"));
        long moduleId = addModule(author, courseId, "Alles");
        String lessons = "api/v1/modules/" + moduleId + "/lessons";

        JsonObject video = created(author.post(lessons,
                "{\"title\":\"Video\",\"kind\":\"VIDEO\",\"videoUrl\":\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\",\"required\":false}"));
        assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", video.getString("videoUrl"));
        assertFalse(video.getBoolean("required"));
        JsonObject vimeo = created(author.post(lessons, "{\"title\":\"Vimeo\",\"kind\":\"VIDEO\",\"videoUrl\":\"https://vimeo.com/76979871\"}"));
        assertEquals("https://player.vimeo.com/video/76979871?dnt=1", vimeo.getString("videoUrl"));
        assertProblem(author.post(lessons, "{\"title\":\"Elders\",\"kind\":\"VIDEO\",\"videoUrl\":\"https://example.com/film.mp4\"}"),
                422, "lesson.video-address");
        assertProblem(author.post(lessons, "{\"title\":\"Bestand\",\"kind\":\"FILE\"}"), 422, "lesson.file-required");
        assertProblem(author.post(lessons, "{\"title\":\"Bestand\",\"kind\":\"FILE\",\"fileId\":987654321}"), 422, "file.not-found");
        assertProblem(author.post(lessons, "{\"title\":\"Leeg\",\"kind\":\"TEXT\"}"), 422, "lesson.text-without-body");
        assertProblem(author.post(lessons, "{\"title\":\"Geen vragen\",\"kind\":\"QUIZ\",\"questions\":[]}"), 422, "quiz.no-questions");

        String twoCorrect = Json.createObjectBuilder().add("title", "Twee goed").add("kind", "QUIZ")
                .add("questions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "Welke?").add("kind", "SINGLE")
                        .add("options", Json.createArrayBuilder().add(option("A", true, "ja")).add(option("B", true, "ook")))))
                .build().toString();
        assertProblem(author.post(lessons, twoCorrect), 422, "quiz.single-choice");

        Reply invalidKind = author.post(lessons, "{\"title\":\"Raar\",\"kind\":\"PODCAST\"}");
        assertProblem(invalidKind, 400, "validation");
        assertEquals(Set.of("kind"), violationFields(invalidKind));
        Reply noTitle = author.post(lessons, "{\"kind\":\"TEXT\",\"body\":\"<p>x</p>\"}");
        assertProblem(noTitle, 400, "validation");
        assertEquals(Set.of("title"), violationFields(noTitle));

        JsonObject course = author.get("api/v1/courses/" + courseId).json();
        assertEquals(List.of("Video", "Vimeo"), course.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons")
                .getValuesAs(JsonObject.class).stream().map(l -> l.getString("title")).toList(), "refused lessons are not stored");
    }

    @Test
    void anArchivedCourseLeavesTheCatalogue() {
        String tag = tag();
        ApiClient author = author();
        long courseId = createCourse(author, course("Vervalt " + tag));
        assertProblem(author.send("DELETE", "api/v1/courses/" + courseId + "/publication", null, null), 422, "course.not-published");
        published(author.post("api/v1/courses/" + courseId + "/publication", ""), 1);
        assertEquals(1, search(q(tag)).getInt("total"));

        Reply archived = author.send("DELETE", "api/v1/courses/" + courseId + "/publication", null, null);
        assertEquals(200, archived.status(), archived.toString());
        assertEquals("ARCHIVED", archived.json().getString("status"));
        assertEquals(1, archived.json().getInt("version"));
        assertEquals(courseId, archived.json().getJsonNumber("courseId").longValue());

        assertEquals(0, search(q(tag)).getInt("total"));
        assertProblem(api().get("api/v1/courses/" + courseId), 404, "course.not-found");
        assertEquals(JsonValue.ValueType.OBJECT, author.get("api/v1/courses/" + courseId).json().getValueType(), "its author still sees it");
        List<JsonObject> history = author.get("api/v1/courses/" + courseId + "/publications").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("PUBLISHED", "ARCHIVED"), history.stream().map(e -> e.getString("action")).toList());
    }

    // -------------------------------------------------------------------------------------------------------------
    // Editing modules and lessons

    private static String path(Reply created) {
        String location = created.header("Location").orElseThrow(() -> new AssertionError("no Location: " + created.headers()));
        return location.substring(location.indexOf("api/v1/"));
    }

    private static List<String> lessonTitles(JsonObject module) {
        return module.getJsonArray("lessons").getValuesAs(JsonObject.class).stream().map(l -> l.getString("title")).toList();
    }

    private static List<Long> lessonIds(JsonObject module) {
        return module.getJsonArray("lessons").getValuesAs(JsonObject.class).stream().map(CourseApiIT::id).toList();
    }

    private static String order(String field, Object... ids) {
        return Json.createObjectBuilder().add(field, Json.createArrayBuilder(List.of(ids))).build().toString();
    }

    private static Reply delete(ApiClient client, String path) {
        return client.send("DELETE", path, null, null);
    }

    @Test
    void modulesAndLessonsHaveAddressesAndAreEditedReorderedMovedAndRemoved() {
        ApiClient author = author();
        long courseId = createCourse(author, course("Bewerken " + tag()).add("format", "E_LEARNING"));
        Reply moduleCreated = author.post("api/v1/courses/" + courseId + "/modules", "{\"title\":\"Voorbereiding\"}");
        long moduleId = id(created(moduleCreated));
        assertEquals("api/v1/modules/" + moduleId, path(moduleCreated));
        assertEquals("Voorbereiding", author.get(path(moduleCreated)).json().getString("title"));

        String lessons = "api/v1/modules/" + moduleId + "/lessons";
        Reply first = author.post(lessons, textLesson("Eerste", "<p>1</p>"));
        long firstId = id(created(first));
        assertEquals("api/v1/lessons/" + firstId, path(first));
        long secondId = addLesson(author, moduleId, textLesson("Tweede", "<p>2</p>"));
        long quizId = addLesson(author, moduleId, quizLesson("Toets"));

        JsonObject authored = author.get("api/v1/lessons/" + quizId).json();
        assertEquals(moduleId, authored.getJsonNumber("moduleId").longValue());
        assertEquals(2, authored.getInt("position"));
        JsonObject option = authored.getJsonArray("questions").getJsonObject(0).getJsonArray("options").getJsonObject(0);
        assertTrue(option.getBoolean("correct"), "the authors see their correct answers: " + authored);
        assertEquals("Zo is het, meestal een lesuur.", option.getString("feedback"));
        String learnersView = author.get("api/v1/courses/" + courseId).body();
        assertFalse(learnersView.contains("correct") || learnersView.contains("feedback"), "never in the course: " + learnersView);

        Reply renamed = author.put("api/v1/modules/" + moduleId, "{\"title\":\"Samen voorbereiden\"}");
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("Samen voorbereiden", renamed.json().getString("title"));
        Reply edited = author.put("api/v1/lessons/" + firstId, textLesson("Eerste, herschreven", "<p>Een.</p>"));
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("Eerste, herschreven", edited.json().getString("title"));
        assertEquals("<p>Een.</p>", edited.json().getString("body"));
        assertEquals(0, edited.json().getInt("position"), "an edited lesson keeps its place");
        assertProblem(author.put("api/v1/lessons/" + firstId, "{\"title\":\"Leeg\",\"kind\":\"TEXT\"}"), 422, "lesson.text-without-body");
        assertProblem(author.put("api/v1/lessons/" + firstId, "{\"kind\":\"TEXT\"}"), 400, "validation");

        Reply reordered = author.put(lessons + "/order", order("lessonIds", quizId, firstId, secondId));
        assertEquals(200, reordered.status(), reordered.toString());
        assertEquals(List.of("Toets", "Eerste, herschreven", "Tweede"), lessonTitles(reordered.json()));
        assertEquals(1, author.get("api/v1/lessons/" + firstId).json().getInt("position"));
        assertProblem(author.put(lessons + "/order", order("lessonIds", quizId, firstId)), 422, "lesson.order-mismatch");
        assertProblem(author.put(lessons + "/order", order("lessonIds", quizId, firstId, firstId)), 422, "lesson.order-mismatch");
        Reply stranger = author.put(lessons + "/order", order("lessonIds", quizId, firstId, secondId, 987654321L));
        assertProblem(stranger, 422, "lesson.order-mismatch");
        assertTrue(stranger.json().getString("detail").contains(String.valueOf(secondId)), "the detail names the ids: " + stranger);
        assertProblem(author.put(lessons + "/order", "{}"), 400, "validation");

        long secondModule = addModule(author, courseId, "Uitvoeren");
        long thirdModule = addModule(author, courseId, "Terugkijken");
        String moduleOrder = "api/v1/courses/" + courseId + "/modules/order";
        Reply modules = author.put(moduleOrder, order("moduleIds", thirdModule, moduleId, secondModule));
        assertEquals(200, modules.status(), modules.toString());
        assertEquals(List.of(thirdModule, moduleId, secondModule), modules.json().getJsonArray("modules").getValuesAs(JsonObject.class)
                .stream().map(CourseApiIT::id).toList());
        assertProblem(author.put(moduleOrder, order("moduleIds", thirdModule, moduleId)), 422, "module.order-mismatch");
        assertProblem(author.put(moduleOrder, order("moduleIds", thirdModule, moduleId, secondModule, moduleId)), 422, "module.order-mismatch");
        Reply missing = author.put(moduleOrder, "{\"moduleIds\":null}");
        assertProblem(missing, 400, "validation");
        assertEquals(Set.of("moduleIds"), violationFields(missing));

        Reply moved = author.put("api/v1/lessons/" + secondId + "/placement", "{\"moduleId\":" + secondModule + ",\"position\":0}");
        assertEquals(200, moved.status(), moved.toString());
        assertEquals(secondModule, moved.json().getJsonNumber("moduleId").longValue());
        assertEquals("Tweede", moved.json().getString("title"));
        assertEquals(List.of("Tweede"), lessonTitles(author.get("api/v1/modules/" + secondModule).json()));
        Reply within = author.put("api/v1/lessons/" + quizId + "/placement", "{}");
        assertEquals(200, within.status(), within.toString());
        assertEquals(1, within.json().getInt("position"), "no module, no position: the end of its own module");
        assertProblem(author.put("api/v1/lessons/" + quizId + "/placement", "{\"position\":5}"), 422, "lesson.position-out-of-range");
        assertProblem(author.put("api/v1/lessons/" + quizId + "/placement", "{\"position\":-1}"), 400, "validation");
        assertProblem(author.put("api/v1/lessons/" + quizId + "/placement", "{\"moduleId\":987654321}"), 422, "lesson.move-target");
        long otherCoursesModule = addModule(author, createCourse(author, course("Ander " + tag())), "Elders");
        assertProblem(author.put("api/v1/lessons/" + quizId + "/placement", "{\"moduleId\":" + otherCoursesModule + "}"), 422, "lesson.move-target");

        assertEquals(204, delete(author, "api/v1/lessons/" + firstId).status());
        assertProblem(author.get("api/v1/lessons/" + firstId), 404, "lesson.not-found");
        JsonObject left = author.get("api/v1/modules/" + moduleId).json();
        assertEquals(List.of(quizId), lessonIds(left));
        assertEquals(0, author.get("api/v1/lessons/" + quizId).json().getInt("position"), "the lessons after it moved up");
        assertEquals(204, delete(author, "api/v1/modules/" + moduleId).status());
        assertProblem(author.get("api/v1/modules/" + moduleId), 404, "module.not-found");
        assertProblem(author.get("api/v1/lessons/" + quizId), 404, "lesson.not-found"); // the module's lessons went with it
        assertEquals(List.of("Terugkijken", "Uitvoeren"), author.get("api/v1/courses/" + courseId).json().getJsonArray("modules")
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("title")).toList());
        assertProblem(delete(author, "api/v1/modules/" + moduleId), 404, "module.not-found");
        assertProblem(author.put("api/v1/lessons/987654321", textLesson("x", "<p>x</p>")), 404, "lesson.not-found");
        assertProblem(author.put("api/v1/modules/987654321/lessons/order", order("lessonIds")), 404, "module.not-found");
        assertProblem(author.put("api/v1/courses/987654321/modules/order", order("moduleIds")), 404, "course.not-found");
    }

    @Test
    void changesAddressedToThePublishedVersionGoToTheDraftAndOlderVersionsAreRefused() {
        ApiClient author = author();
        long courseId = createCourse(author, course("Versies " + tag()).add("format", "E_LEARNING"));
        long moduleV1 = addModule(author, courseId, "Inleiding");
        long firstV1 = addLesson(author, moduleV1, textLesson("Eerste", "<p>1</p>"));
        long secondV1 = addLesson(author, moduleV1, textLesson("Tweede", "<p>2</p>"));
        published(author.post("api/v1/courses/" + courseId + "/publication", ""), 1);

        Reply reordered = author.put("api/v1/modules/" + moduleV1 + "/lessons/order", order("lessonIds", secondV1, firstV1));
        assertEquals(200, reordered.status(), reordered.toString());
        long moduleV2 = id(reordered.json());
        assertNotEquals(moduleV1, moduleV2, "the change went to the module's copy in a new draft");
        assertEquals(List.of("Tweede", "Eerste"), lessonTitles(reordered.json()));
        JsonObject catalogue = api().get("api/v1/courses/" + courseId).json();
        assertEquals(1, catalogue.getInt("version"));
        assertEquals(List.of("Eerste", "Tweede"), lessonTitles(catalogue.getJsonArray("modules").getJsonObject(0)), "the catalogue is unchanged");
        assertEquals(2, author.get("api/v1/courses/" + courseId).json().getInt("version"));

        // while the draft exists, the published version's ids are not the ones the authors see
        assertProblem(author.put("api/v1/lessons/" + firstV1, textLesson("Te laat", "<p>x</p>")), 422, "lesson.old-version");
        assertProblem(delete(author, "api/v1/modules/" + moduleV1), 422, "lesson.old-version");
        assertProblem(author.put("api/v1/courses/" + courseId + "/modules/order", order("moduleIds", moduleV1)), 422, "module.order-mismatch");
        assertEquals("Eerste", author.get("api/v1/lessons/" + firstV1).json().getString("title"), "reading an older lesson is fine");

        published(author.post("api/v1/courses/" + courseId + "/publication", ""), 2);
        assertProblem(author.put("api/v1/modules/" + moduleV1, "{\"title\":\"Oud\"}"), 422, "lesson.old-version");
        assertProblem(delete(author, "api/v1/lessons/" + secondV1), 422, "lesson.old-version");

        long lessonV2 = lessonIds(author.get("api/v1/modules/" + moduleV2).json()).get(0);
        Reply edited = author.put("api/v1/lessons/" + lessonV2, textLesson("Tweede, versie 3", "<p>3</p>"));
        assertEquals(200, edited.status(), edited.toString());
        assertNotEquals(lessonV2, id(edited.json()), "the published lesson's copy in draft 3 changed");
        assertEquals(0, edited.json().getInt("position"));
        assertEquals(3, author.get("api/v1/courses/" + courseId).json().getInt("version"));
        assertEquals("Tweede", author.get("api/v1/lessons/" + lessonV2).json().getString("title"), "version 2 stays as it was");
    }

    @Test
    void onlyTheCoursesAuthorsAndAdministratorsEditItsModulesAndLessons() {
        ApiClient author = author();
        long courseId = createCourse(author, course("Afgeschermd " + tag()).add("format", "E_LEARNING"));
        long moduleId = addModule(author, courseId, "Module");
        long lessonId = addLesson(author, moduleId, textLesson("Les", "<p>x</p>"));
        String module = "api/v1/modules/" + moduleId;
        String lesson = "api/v1/lessons/" + lessonId;
        String title = "{\"title\":\"Overgenomen\"}";
        String text = textLesson("Overgenomen", "<p>y</p>");

        Function<ApiClient, List<Reply>> everyEdit = client -> List.of(client.get(module), client.put(module, title),
                client.put("api/v1/courses/" + courseId + "/modules/order", order("moduleIds", moduleId)),
                client.put(module + "/lessons/order", order("lessonIds", lessonId)), client.get(lesson), client.put(lesson, text),
                client.put(lesson + "/placement", "{\"position\":0}"), delete(client, lesson), delete(client, module));
        everyEdit.apply(learner()).forEach(reply -> assertProblem(reply, 403));
        everyEdit.apply(api()).forEach(reply -> assertProblem(reply, 401));
        everyEdit.apply(author()).forEach(reply -> assertProblem(reply, 403, "course.not-an-author"));
        assertEquals("Les", author.get(lesson).json().getString("title"), "nothing changed");
        assertEquals(200, admin().put(lesson, text).status(), "administrators edit every course");
        assertEquals("Overgenomen", author.get(lesson).json().getString("title"));
    }

    @Test
    void theContractDescribesTheCatalogueAndAuthoring() {
        Reply openapi = api().get("openapi");
        assertEquals(200, openapi.status());
        for (String path : List.of("/api/v1/themes", "/api/v1/courses/{id}/publication", "/api/v1/modules/{id}/lessons",
                "/api/v1/modules/{id}", "/api/v1/lessons/{id}/placement", "/api/v1/courses/{id}/modules/order", "AuthoredLesson", "CourseDetails")) {
            assertTrue(openapi.body().contains(path), "the contract describes " + path);
        }
    }
}
