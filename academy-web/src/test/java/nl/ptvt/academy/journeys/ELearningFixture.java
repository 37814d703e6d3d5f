package nl.ptvt.academy.journeys;

import static nl.ptvt.academy.testing.Courses.option;
import static nl.ptvt.academy.testing.Courses.question;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.ptvt.academy.testing.ApiClient;
import nl.ptvt.academy.testing.ApiClient.Reply;

/**
 * A published e-learning course made through the REST API, as the learning journeys need it: module "Voorbereiden"
 * with a text lesson and a file lesson (a PDF checklist), module "Afronden" with a quiz of two questions that passes
 * only when both are right (pass mark 100, three attempts).
 */
record ELearningFixture(long id, String slug, String title, long textLessonId, long fileLessonId, long quizId) {

    static final String TEXT_LESSON = "Wat maakt een gastles goed?";
    static final String TEXT_BODY = "Een goede gastles sluit aan bij wat de klas al weet.";
    static final String FILE_LESSON = "Checklist voor de gastles";
    static final String FILE_NAME = "Checklist gastles.pdf";
    static final String QUIZ = "Afsluitende toets";
    static final String SINGLE_QUESTION = "Hoe begint u een gastles het best?";
    static final String SINGLE_RIGHT = "Met een vraag uit de praktijk";
    static final String SINGLE_WRONG = "Met de geschiedenis van het bedrijf";
    static final String SINGLE_WRONG_FEEDBACK = "Daar haken leerlingen snel op af.";
    static final String TRUE_FALSE_QUESTION = "De leraar blijft tijdens de gastles verantwoordelijk voor de klas.";
    static final String TRUE = "Waar";
    static final String FALSE = "Niet waar";

    /** @param approval the course's enrolment approval (NONE, ADMIN, COORDINATOR) */
    static ELearningFixture publish(ApiClient author, String approval) {
        String title = "Een goede gastles geven " + UUID.randomUUID().toString().substring(0, 8);
        JsonObject course = created(author.post("api/v1/courses", Json.createObjectBuilder()
                .add("title", title).add("summary", "E-learning voor medewerkers die een gastles geven.")
                .add("description", "<p>In deze e-learning bereidt u een gastles voor.</p>")
                .add("format", "E_LEARNING").add("language", "nl").add("enrolmentApproval", approval).build().toString()));
        long courseId = id(course);
        long preparing = id(created(author.post("api/v1/courses/" + courseId + "/modules", "{\"title\":\"Voorbereiden\"}")));
        long text = lesson(author, preparing, Json.createObjectBuilder().add("title", TEXT_LESSON).add("kind", "TEXT")
                .add("body", "<p>" + TEXT_BODY + "</p>"));
        long file = lesson(author, preparing, Json.createObjectBuilder().add("title", FILE_LESSON).add("kind", "FILE")
                .add("fileId", upload(author)));
        long closing = id(created(author.post("api/v1/courses/" + courseId + "/modules", "{\"title\":\"Afronden\"}")));
        JsonArrayBuilder questions = Json.createArrayBuilder()
                .add(question(SINGLE_QUESTION, "SINGLE", option(SINGLE_RIGHT, true, "Precies: zo maakt u ze nieuwsgierig."),
                        option(SINGLE_WRONG, false, SINGLE_WRONG_FEEDBACK)))
                .add(question(TRUE_FALSE_QUESTION, "TRUE_FALSE", option(TRUE, true, "Inderdaad."),
                        option(FALSE, false, "De leraar blijft erbij en houdt de orde.")));
        long quiz = lesson(author, closing, Json.createObjectBuilder().add("title", QUIZ).add("kind", "QUIZ")
                .add("passMark", 100).add("maxAttempts", 3).add("questions", questions));
        Reply published = author.post("api/v1/courses/" + courseId + "/publication", "");
        if (published.status() != 200) {
            throw new IllegalStateException("publishing failed: " + published);
        }
        return new ELearningFixture(courseId, course.getString("slug"), title, text, file, quiz);
    }

    /**
     * A short e-learning that leads to a certificate valid for two years, with 2 study hours: one module with the text
     * lesson only (fileLessonId and quizId are 0).
     */
    static ELearningFixture publishWithCertificate(ApiClient author) {
        String title = "Techniekcoach in het kort " + UUID.randomUUID().toString().substring(0, 8);
        JsonObject course = created(author.post("api/v1/courses", Json.createObjectBuilder()
                .add("title", title).add("summary", "Een korte e-learning met certificaat.")
                .add("format", "E_LEARNING").add("language", "nl").add("theme", "TECHNIEKCOACH").add("studyHours", 2)
                .add("certificate", true).add("certificateValidityMonths", 24).build().toString()));
        long courseId = id(course);
        long module = id(created(author.post("api/v1/courses/" + courseId + "/modules", "{\"title\":\"Starten\"}")));
        long text = lesson(author, module, Json.createObjectBuilder().add("title", TEXT_LESSON).add("kind", "TEXT")
                .add("body", "<p>" + TEXT_BODY + "</p>"));
        Reply published = author.post("api/v1/courses/" + courseId + "/publication", "");
        if (published.status() != 200) {
            throw new IllegalStateException("publishing failed: " + published);
        }
        return new ELearningFixture(courseId, course.getString("slug"), title, text, 0, 0);
    }

    private static long lesson(ApiClient author, long moduleId, JsonObjectBuilder lesson) {
        return id(created(author.post("api/v1/modules/" + moduleId + "/lessons", lesson.build().toString())));
    }

    private static long upload(ApiClient author) {
        byte[] pdf = ("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        return id(created(author.postBytes("api/v1/files?name=Checklist%20gastles.pdf", "application/pdf", pdf)));
    }

    private static JsonObject created(Reply reply) {
        if (reply.status() != 201) {
            throw new IllegalStateException("expected 201: " + reply);
        }
        return reply.json();
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }
}
