package nl.ptvt.academy.files.rest;

import static nl.ptvt.academy.testing.SampleFiles.pdf;
import static nl.ptvt.academy.testing.SampleFiles.png;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.ptvt.academy.testing.AcademyDeployment;
import nl.ptvt.academy.testing.ApiClient;
import nl.ptvt.academy.testing.ApiClient.Download;
import nl.ptvt.academy.testing.ApiClient.Reply;
import nl.ptvt.academy.testing.IntegrationTestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploading and downloading files, black-box over HTTP. The test server runs with an upload limit of 1 MB
 * ({@link IntegrationTestServer}); every test uploads bytes of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FileApiIT {

    private static final String PASSWORD = "een-lang-wachtwoord";
    private static final String OCTETS = "application/octet-stream";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive academy() {
        return AcademyDeployment.builtWar();
    }

    private ApiClient api() {
        return ApiClient.at(deployment);
    }

    private static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ptvt.test";
    }

    private ApiClient learner() {
        return api().registerAndSignIn("Leerling", uniqueEmail("leerling"), PASSWORD);
    }

    private ApiClient author() {
        return api().registerWithRoles("Auteur", uniqueEmail("auteur"), PASSWORD, "AUTHOR");
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), "problem+json, was " + reply.contentType());
        if (code != null) {
            assertEquals(code, reply.json().getString("code"), reply.toString());
        }
        assertFalse(reply.body().contains("Exception"), "no stack trace: " + reply.body());
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    @Test
    void anAuthorUploadsAFileThatAnyoneCanDownloadUnchanged() {
        ApiClient author = author();
        byte[] pdf = pdf();
        // the client's claims (image/png, no extension) are ignored: the bytes say PDF
        Reply uploaded = author.postBytes("api/v1/files?name=Checklist%20gastles%20%C3%A9%C3%A9n.pdf", "image/png", pdf);
        assertEquals(201, uploaded.status(), uploaded.toString());
        JsonObject file = uploaded.json();
        long id = id(file);
        assertEquals("Checklist gastles één.pdf", file.getString("name"));
        assertEquals("application/pdf", file.getString("contentType"));
        assertEquals(pdf.length, file.getJsonNumber("size").longValue());
        assertTrue(uploaded.header("Location").orElseThrow().endsWith("/api/v1/files/" + id), uploaded.headers().toString());

        Download download = api().download("api/v1/files/" + id);
        assertEquals(200, download.status());
        assertArrayEquals(pdf, download.body());
        // the container adds its default charset parameter to every response; the type itself is the detected one
        assertEquals("application/pdf", download.header("Content-Type").orElseThrow().split(";")[0].strip());
        assertEquals("nosniff", download.header("X-Content-Type-Options").orElseThrow());
        String disposition = download.header("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''Checklist%20gastles%20%C3%A9%C3%A9n.pdf"), disposition);
    }

    @Test
    void theNameMayComeFromAContentDispositionHeader() {
        Reply uploaded = author().postBytes("api/v1/files", OCTETS, png(), "Content-Disposition", "attachment; filename=\"logo.png\"");
        assertEquals(201, uploaded.status(), uploaded.toString());
        assertEquals("logo.png", uploaded.json().getString("name"));
        assertEquals("image/png", uploaded.json().getString("contentType"));
    }

    @Test
    void onlyAuthorsAndAdministratorsUpload() {
        assertProblem(api().postBytes("api/v1/files?name=a.pdf", OCTETS, pdf()), 401, null);
        assertProblem(learner().postBytes("api/v1/files?name=a.pdf", OCTETS, pdf()), 403, "forbidden");
    }

    @Test
    void theTypeIsCheckedOnTheContentNotOnTheName() {
        byte[] html = "<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>\n".getBytes(StandardCharsets.UTF_8);
        Reply refused = author().postBytes("api/v1/files?name=x.pdf", "application/pdf", html);
        assertProblem(refused, 422, "file.type-not-allowed");
        assertTrue(refused.json().getString("detail").contains("text/html"), refused.toString());
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        byte[] big = Arrays.copyOf(pdf(), 1024 * 1024 + 10);
        assertProblem(author().postBytes("api/v1/files?name=groot.pdf", OCTETS, big), 422, "file.too-large");
    }

    @Test
    void anUnknownFileOrOneGoneFromDiskIsNotFound() throws IOException {
        assertProblem(api().get("api/v1/files/987654321"), 404, "file.not-found");

        byte[] png = png();
        long id = id(author().postBytes("api/v1/files?name=weg.png", OCTETS, png).json());
        assertEquals(200, api().download("api/v1/files/" + id).status());
        Path stored;
        try (Stream<Path> files = Files.list(IntegrationTestServer.dataFolder().resolve("files"))) {
            List<Path> matching = files.filter(path -> {
                try {
                    return Arrays.equals(png, Files.readAllBytes(path));
                } catch (IOException e) {
                    return false;
                }
            }).toList();
            assertEquals(1, matching.size(), "stored once, under a key that is not its name");
            stored = matching.get(0);
        }
        assertFalse(stored.getFileName().toString().contains("weg"));
        Files.delete(stored);
        assertProblem(api().get("api/v1/files/" + id), 404, "file.not-found");
    }

    @Test
    void aFileLessonOffersItsFileInTheCourse() {
        ApiClient author = author();
        long fileId = id(author.postBytes("api/v1/files?name=toolbox.pdf", OCTETS, pdf()).json());
        Reply course = author.post("api/v1/courses", """
                {"title":"Toolbox %s","summary":"Materiaal voor de gastles","format":"E_LEARNING","language":"nl",
                 "certificate":false,"audiences":["SECONDARY_TEACHER"]}""".formatted(UUID.randomUUID()));
        assertEquals(201, course.status(), course.toString());
        long courseId = id(course.json());
        Reply module = author.post("api/v1/courses/" + courseId + "/modules", "{\"title\":\"Toolbox\"}");
        assertEquals(201, module.status(), module.toString());
        Reply lesson = author.post("api/v1/modules/" + id(module.json()) + "/lessons",
                "{\"title\":\"Checklist\",\"kind\":\"FILE\",\"fileId\":" + fileId + "}");
        assertEquals(201, lesson.status(), lesson.toString());
        assertEquals("/api/v1/files/" + fileId, lesson.json().getString("fileUrl"));

        JsonObject read = author.get("api/v1/courses/" + courseId).json()
                .getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0);
        assertEquals("FILE", read.getString("kind"));
        assertEquals(fileId, read.getJsonNumber("fileId").longValue());
        assertEquals("toolbox.pdf", read.getString("fileName"));
        assertTrue(read.getJsonNumber("fileSize").longValue() > 0);
        assertEquals("/api/v1/files/" + fileId, read.getString("fileUrl"));
    }
}
