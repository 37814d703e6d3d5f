package nl.ptvt.academy.catalogue.rest;

import static nl.ptvt.academy.testing.ProblemAssertions.assertProblem;
import static nl.ptvt.academy.testing.ProblemAssertions.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.ptvt.academy.testing.AcademyDeployment;
import nl.ptvt.academy.testing.ApiClient;
import nl.ptvt.academy.testing.ApiClient.Reply;
import nl.ptvt.academy.testing.Courses;
import nl.ptvt.academy.testing.SampleFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A course's settings over REST on Payara Micro with MariaDB: its co-authors, the themes administrators add and
 * rename, and its picture. The database is shared with the other ITs, so every test makes its own accounts,
 * courses and theme names.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseSettingsApiIT {

    private static final String PASSWORD = "een-lang-wachtwoord";
    private static final String OCTETS = "application/octet-stream";
    private static final List<String> SEEDED_THEMES = List.of("BETA_TECH_MENTALITY", "GUEST_LESSONS", "TECHNIEKCOACH",
            "SCIENCE_TECHNOLOGY", "CAREER_ORIENTATION", "EDUCATION_BUSINESS");

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive academy() {
        return AcademyDeployment.builtWar();
    }

    private ApiClient api() {
        return ApiClient.at(deployment);
    }

    private ApiClient admin() {
        return api().asAdministrator();
    }

    private static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ptvt.test";
    }

    private ApiClient author(String name) {
        return api().registerWithRoles(name, uniqueEmail("auteur"), PASSWORD, "AUTHOR");
    }

    private static long accountId(ApiClient person) {
        return person.get("api/v1/me").json().getJsonNumber("id").longValue();
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static List<String> names(Reply authors) {
        assertEquals(200, authors.status(), authors.toString());
        return authors.jsonArray().getValuesAs(JsonObject.class).stream()
                .map(author -> author.getString("name") + (author.getBoolean("owner") ? " (owner)" : "")).toList();
    }

    private static Reply delete(ApiClient client, String path) {
        return client.send("DELETE", path, null, null);
    }

    private static Reply putEmpty(ApiClient client, String path) {
        return client.send("PUT", path, null, null);
    }

    private long upload(ApiClient author, String name, byte[] content) {
        Reply uploaded = author.postBytes("api/v1/files?name=" + name, OCTETS, content);
        assertEquals(201, uploaded.status(), uploaded.toString());
        return id(uploaded.json());
    }

    // -------------------------------------------------------------------------------------------------------------
    // Co-authors

    @Test
    void theOwnerAddsACoAuthorWhoThenEditsTheCourseAndMayLeaveItButTheOwnerStays() {
        ApiClient owner = author("Anna Eigenaar");
        ApiClient colleague = author("Bram Collega");
        long courseId = id(Courses.create(owner, Courses.details("Samen schrijven " + Courses.tag(), "WORKSHOP", null)));
        String authors = "api/v1/courses/" + courseId + "/authors";

        Reply initially = owner.get(authors);
        assertEquals(List.of("Anna Eigenaar (owner)"), names(initially));
        JsonObject ownerEntry = initially.jsonArray().getJsonObject(0);
        assertEquals(accountId(owner), id(ownerEntry));
        assertTrue(ownerEntry.getString("email").startsWith("auteur-"), ownerEntry.toString());

        assertProblem(colleague.put("api/v1/courses/" + courseId, Courses.details("Overgenomen", "WORKSHOP", null).build().toString()),
                403, "course.not-an-author");
        Reply added = putEmpty(owner, authors + "/" + accountId(colleague));
        assertEquals(List.of("Anna Eigenaar (owner)", "Bram Collega"), names(added));
        assertEquals(List.of("Anna Eigenaar (owner)", "Bram Collega"), names(putEmpty(owner, authors + "/" + accountId(colleague))),
                "adding twice changes nothing");

        Reply edited = colleague.put("api/v1/courses/" + courseId, Courses.details("Samen herschreven", "WORKSHOP", null).build().toString());
        assertEquals(200, edited.status(), "a co-author edits the course: " + edited);
        assertEquals(List.of("Anna Eigenaar (owner)", "Bram Collega"), names(colleague.get(authors)), "and sees its authors");

        String detail = assertProblem(delete(colleague, authors + "/" + accountId(owner)), 422, "course.owner-not-removable");
        assertTrue(detail.contains("owner"), detail);
        assertEquals(List.of("Anna Eigenaar (owner)"), names(delete(colleague, authors + "/" + accountId(colleague))),
                "a co-author may leave");
        assertProblem(colleague.get(authors), 403, "course.not-an-author");
        assertProblem(colleague.put("api/v1/courses/" + courseId, Courses.details("Toch nog", "WORKSHOP", null).build().toString()),
                403, "course.not-an-author");
        assertEquals(List.of("Anna Eigenaar (owner)"), names(delete(owner, authors + "/" + accountId(colleague))),
                "removing someone who is no author changes nothing");
    }

    @Test
    void onlyActiveAuthorsAndAdministratorsCanBecomeCoAuthors() {
        ApiClient owner = author("Carla Eigenaar");
        long courseId = id(Courses.create(owner, Courses.details("Wie mag meeschrijven " + Courses.tag(), "WEBINAR", null)));
        String authors = "api/v1/courses/" + courseId + "/authors/";

        ApiClient learner = api().registerAndSignIn("Lotte Leerling", uniqueEmail("leerling"), PASSWORD);
        String detail = assertProblem(putEmpty(owner, authors + accountId(learner)), 422, "course.author-not-eligible");
        assertTrue(detail.contains("AUTHOR or ADMIN"), detail);
        ApiClient trainer = api().registerWithRoles("Tim Trainer", uniqueEmail("trainer"), PASSWORD, "TRAINER");
        assertProblem(putEmpty(owner, authors + accountId(trainer)), 422, "course.author-not-eligible");

        ApiClient former = author("Oud Auteur");
        long formerId = accountId(former);
        assertEquals(200, admin().put("api/v1/users/" + formerId + "/status", "{\"active\":false}").status());
        assertProblem(putEmpty(owner, authors + formerId), 422, "course.author-not-eligible");
        assertProblem(putEmpty(owner, authors + "999999999"), 404, "account.not-found");

        ApiClient administrator = admin();
        assertEquals(List.of("Carla Eigenaar (owner)", administratorName(administrator)),
                names(putEmpty(owner, authors + accountId(administrator))), "an administrator can be a co-author");
    }

    private static String administratorName(ApiClient administrator) {
        return administrator.get("api/v1/me").json().getString("name");
    }

    @Test
    void learnersVisitorsAndOtherAuthorsAreRefusedTheAuthorsList() {
        ApiClient owner = author("Dirk Eigenaar");
        long courseId = id(Courses.create(owner, Courses.details("Afgeschermd " + Courses.tag(), "TRAINING", null)));
        String authors = "api/v1/courses/" + courseId + "/authors";
        long ownerId = accountId(owner);

        ApiClient learner = api().registerAndSignIn("Lieke Leerling", uniqueEmail("leerling"), PASSWORD);
        assertProblem(learner.get(authors), 403, "forbidden");
        assertProblem(putEmpty(learner, authors + "/" + accountId(learner)), 403, "forbidden");
        assertProblem(delete(learner, authors + "/" + ownerId), 403, "forbidden");

        ApiClient anonymous = api();
        assertProblem(anonymous.get(authors), 401, "unauthorized");
        assertProblem(putEmpty(anonymous, authors + "/" + ownerId), 401, "unauthorized");
        assertProblem(delete(anonymous, authors + "/" + ownerId), 401, "unauthorized");

        ApiClient stranger = author("Eva Buitenstaander");
        assertProblem(stranger.get(authors), 403, "course.not-an-author");
        assertProblem(putEmpty(stranger, authors + "/" + accountId(stranger)), 403, "course.not-an-author");
        assertProblem(delete(stranger, authors + "/" + ownerId), 403, "course.not-an-author");

        assertEquals(List.of("Dirk Eigenaar (owner)"), names(admin().get(authors)), "administrators see every course's authors");
        assertProblem(owner.get("api/v1/courses/999999999/authors"), 404, "course.not-found");
    }

    // -------------------------------------------------------------------------------------------------------------
    // Themes

    @Test
    void anAdministratorAddsAThemeThatComesLastAndCanBeUsedAndRenamed() {
        String tag = Courses.tag();
        ApiClient admin = admin();
        Reply added = admin.post("api/v1/themes", "{\"nameNl\":\"Duurzaamheid & klimaat " + tag + "\",\"nameEn\":\"Sustainability " + tag + "\"}");
        assertEquals(201, added.status(), added.toString());
        String code = "DUURZAAMHEID_KLIMAAT_" + tag.toUpperCase();
        assertEquals(code, added.json().getString("code"), "made from the Dutch name");
        assertTrue(added.header("Location").orElseThrow().endsWith("/api/v1/themes/" + code), added.headers().toString());
        assertEquals("Duurzaamheid & klimaat " + tag, api().get("api/v1/themes/" + code).json().getString("nameNl"));

        List<JsonObject> themes = api().get("api/v1/themes").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(SEEDED_THEMES, themes.subList(0, 6).stream().map(t -> t.getString("code")).toList(), "the seeded ones keep their order");
        assertEquals(code, themes.get(themes.size() - 1).getString("code"), "a new theme comes last");
        assertEquals(themes.size(), added.json().getInt("position"));

        ApiClient author = author("Fenna Auteur");
        long courseId = Courses.publish(author, Courses.details("Klimaatles " + tag, "WORKSHOP", code));
        JsonObject found = api().get("api/v1/courses?theme=" + code).json();
        assertEquals(1, found.getInt("total"), found.toString());
        assertEquals(courseId, id(found.getJsonArray("items").getJsonObject(0)));

        Reply renamed = admin.put("api/v1/themes/" + code, "{\"nameNl\":\"Klimaat " + tag + "\",\"nameEn\":\"Climate " + tag + "\"}");
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals(code, renamed.json().getString("code"), "the code stays");
        List<JsonObject> inEnglish = api().inLanguage("en").get("api/v1/themes").jsonArray().getValuesAs(JsonObject.class);
        assertEquals("Climate " + tag, inEnglish.get(inEnglish.size() - 1).getString("name"));
        assertEquals(code, api().get("api/v1/courses/" + courseId).json().getString("theme"), "its courses keep it");
    }

    @Test
    void themeCodesAndNamesAreUniqueAndChecked() {
        String tag = Courses.tag();
        ApiClient admin = admin();
        String code = "ROBOTICA_" + tag.toUpperCase();
        assertEquals(201, admin.post("api/v1/themes", "{\"code\":\"" + code + "\",\"nameNl\":\"Robotica " + tag + "\",\"nameEn\":\"Robotics " + tag + "\"}").status());

        assertTrue(assertProblem(admin.post("api/v1/themes", "{\"code\":\"" + code + "\",\"nameNl\":\"Ander " + tag + "\",\"nameEn\":\"Other " + tag + "\"}"),
                409, "theme.code-taken").contains(code));
        assertProblem(admin.post("api/v1/themes", "{\"nameNl\":\"Robotica " + tag + "\",\"nameEn\":\"Other " + tag + "\"}"),
                409, "theme.code-taken");
        assertTrue(assertProblem(admin.post("api/v1/themes", "{\"code\":\"ANDER_" + tag.toUpperCase() + "\",\"nameNl\":\"ROBOTICA " + tag.toUpperCase() + "\",\"nameEn\":\"Other " + tag + "\"}"),
                409, "theme.name-taken").contains(code), "the names are unique in any letter case");
        assertProblem(admin.post("api/v1/themes", "{\"code\":\"ANDER_" + tag.toUpperCase() + "\",\"nameNl\":\"Ander " + tag + "\",\"nameEn\":\"robotics " + tag + "\"}"),
                409, "theme.name-taken");
        assertProblem(admin.post("api/v1/themes", "{\"nameNl\":\"&& –\",\"nameEn\":\"Nothing " + tag + "\"}"), 422, "theme.code-underivable");

        Map<String, String> invalid = violations(admin.inLanguage("nl").post("api/v1/themes", "{\"code\":\"kleine letters\",\"nameNl\":\" \"}"));
        assertEquals(Map.of("code", "De code bestaat uit hoofdletters, cijfers en liggende streepjes, begint met een letter en is hoogstens 40 tekens lang",
                "nameNl", "Vul de Nederlandse naam in", "nameEn", "Vul de Engelse naam in"), invalid);

        String other = "ANDER_" + tag.toUpperCase();
        assertEquals(201, admin.post("api/v1/themes", "{\"code\":\"" + other + "\",\"nameNl\":\"Ander " + tag + "\",\"nameEn\":\"Other " + tag + "\"}").status());
        assertProblem(admin.put("api/v1/themes/" + other, "{\"nameNl\":\"Robotica " + tag + "\",\"nameEn\":\"Other " + tag + "\"}"), 409, "theme.name-taken");
        assertEquals(200, admin.put("api/v1/themes/" + other, "{\"nameNl\":\"ander " + tag + "\",\"nameEn\":\"Other " + tag + "\"}").status(),
                "a theme may keep its own name in another letter case");
        assertProblem(admin.put("api/v1/themes/NO_SUCH_THEME", "{\"nameNl\":\"X " + tag + "\",\"nameEn\":\"Y " + tag + "\"}"), 404, "theme.not-found");
        assertProblem(api().get("api/v1/themes/NO_SUCH_THEME"), 404, "theme.not-found");
    }

    @Test
    void onlyAdministratorsAddOrRenameThemes() {
        String body = "{\"nameNl\":\"Verboden " + Courses.tag() + "\",\"nameEn\":\"Forbidden\"}";
        ApiClient author = author("Gijs Auteur");
        assertProblem(author.post("api/v1/themes", body), 403, "forbidden");
        assertProblem(author.put("api/v1/themes/GUEST_LESSONS", body), 403, "forbidden");
        ApiClient learner = api().registerAndSignIn("Hanna Leerling", uniqueEmail("leerling"), PASSWORD);
        assertProblem(learner.post("api/v1/themes", body), 403, "forbidden");
        assertProblem(api().post("api/v1/themes", body), 401, "unauthorized");
        assertProblem(api().put("api/v1/themes/GUEST_LESSONS", body), 401, "unauthorized");
        assertEquals("Gastlessen & bedrijfsbezoeken", api().get("api/v1/themes/GUEST_LESSONS").json().getString("nameNl"));
    }

    // -------------------------------------------------------------------------------------------------------------
    // The course's picture

    @Test
    void aCoursePictureIsAPngOrJpegWithAnAlternativeTextAndFollowsTheVersions() {
        String tag = Courses.tag();
        ApiClient author = author("Iris Auteur");
        long png = upload(author, "klas.png", SampleFiles.png());
        long jpeg = upload(author, "museum.jpg", SampleFiles.jpeg());
        long pdf = upload(author, "plaatje.png", SampleFiles.pdf());
        // a builder is used up by build(): every request gets a fresh one
        Supplier<JsonObjectBuilder> details = () -> Courses.details("Met plaatje " + tag, "WORKSHOP", "SCIENCE_TECHNOLOGY");

        Map<String, String> noAlt = violations(author.inLanguage("nl").post("api/v1/courses",
                details.get().add("imageFileId", png).build().toString()));
        assertEquals(Map.of("imageAlt", "Beschrijf de afbeelding in een alternatieve tekst"), noAlt);
        assertEquals(Map.of("imageAlt", "An image needs an alternative text that describes it"),
                violations(author.post("api/v1/courses", details.get().add("imageFileId", png).add("imageAlt", "  ").build().toString())));
        String detail = assertProblem(author.post("api/v1/courses",
                details.get().add("imageFileId", pdf).add("imageAlt", "Een pdf").build().toString()), 422, "course.image-type");
        assertTrue(detail.contains("application/pdf"), "the type detected from the bytes, not the name: " + detail);
        assertProblem(author.post("api/v1/courses", details.get().add("imageFileId", 987654321).add("imageAlt", "Weg").build().toString()),
                422, "file.not-found");

        JsonObject created = Courses.create(author, details.get().add("imageFileId", png).add("imageAlt", " Leerlingen bouwen een brug "));
        long courseId = id(created);
        assertEquals(png, created.getJsonNumber("imageFileId").longValue());
        assertEquals("Leerlingen bouwen een brug", created.getString("imageAlt"));
        assertEquals("/api/v1/files/" + png, created.getString("imageUrl"));
        assertEquals(200, author.post("api/v1/courses/" + courseId + "/publication", "").status());

        JsonObject card = api().get("api/v1/courses?q=" + tag).json().getJsonArray("items").getJsonObject(0);
        assertEquals("/api/v1/files/" + png, card.getString("imageUrl"));
        assertEquals("Leerlingen bouwen een brug", card.getString("imageAlt"));
        ApiClient.Download picture = api().download(card.getString("imageUrl"));
        assertEquals(200, picture.status());
        assertTrue(picture.header("Content-Type").orElseThrow().startsWith("image/png"), picture.headers().toString());

        Reply changed = author.put("api/v1/courses/" + courseId, Courses.details("Met plaatje " + tag, "WORKSHOP", null)
                .add("imageFileId", jpeg).add("imageAlt", "Een klas in het museum").build().toString());
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(2, changed.json().getInt("version"));
        assertEquals("/api/v1/files/" + jpeg, changed.json().getString("imageUrl"), "the draft has the new picture");
        assertEquals("/api/v1/files/" + png, api().get("api/v1/courses/" + courseId).json().getString("imageUrl"),
                "the published version keeps its picture");

        Reply withoutPicture = author.put("api/v1/courses/" + courseId, Courses.details("Met plaatje " + tag, "WORKSHOP", null).build().toString());
        assertEquals(JsonValue.NULL, withoutPicture.json().get("imageUrl"));
        assertEquals(JsonValue.NULL, withoutPicture.json().get("imageAlt"));
        assertEquals(200, author.post("api/v1/courses/" + courseId + "/publication", "").status());
        JsonObject cardWithout = api().get("api/v1/courses?q=" + tag).json().getJsonArray("items").getJsonObject(0);
        assertEquals(JsonValue.NULL, cardWithout.get("imageUrl"), "null when there is no picture");
        assertEquals(JsonValue.NULL, cardWithout.get("imageAlt"));
    }
}
