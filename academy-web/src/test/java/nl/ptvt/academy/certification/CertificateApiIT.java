package nl.ptvt.academy.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.ptvt.academy.testing.AcademyDeployment;
import nl.ptvt.academy.testing.ApiClient.Download;
import nl.ptvt.academy.testing.ApiClient.Reply;
import nl.ptvt.academy.testing.ApiClient;
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
 * Certificates over HTTP against the Academy on Payara Micro with MariaDB: from a completed e-learning or an attended
 * session to a certificate (issued after commit, so the tests poll briefly), its mail and PDF, public verification
 * (valid, expired, revoked, unknown, rate-limited), one valid certificate per person and course, manual issue,
 * revocation and reissue by administrators, and who may see what. Every test makes its own courses and people.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateApiIT {

    private static final String PASSWORD = "een-lang-wachtwoord";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive academy() {
        return AcademyDeployment.builtWar();
    }

    // -------------------------------------------------------------------------------------------------------------
    // From completion to verification

    @Test
    void aCompletedELearningGivesOneCertificateWithAMailAPdfAndAPublicVerification() throws Exception {
        ApiClient author = api().newAuthor(PASSWORD);
        String title = "Techniek in de klas " + UUID.randomUUID();
        Course course = eLearning(author, title, 24);
        String email = ApiClient.uniqueEmail("sanne");
        ApiClient sanne = api().registerAndSignIn("Sanne de Vries", email, PASSWORD);
        complete(sanne, course);

        JsonObject mine = awaitCertificates(sanne, 1).getJsonObject(0);
        String code = mine.getString("code");
        LocalDate today = LocalDate.now(AMSTERDAM);
        assertEquals(course.id(), mine.getJsonNumber("courseId").longValue());
        assertEquals(title, mine.getString("courseTitle"));
        assertEquals(today.toString(), mine.getString("issuedOn"));
        assertEquals(today.plusMonths(24).toString(), mine.getString("expiresOn"));
        assertEquals("VALID", mine.getString("status"));
        assertTrue(code.matches("[0-9a-hjkmnp-tv-z]{26}"), code);

        Reply verification = api().get(verification(code));
        JsonObject verified = ok(verification);
        assertEquals("VALID", verified.getString("status"));
        assertEquals("Sanne de Vries", verified.getString("holderName"));
        assertEquals(title, verified.getString("courseTitle"));
        assertEquals(today.toString(), verified.getString("issuedOn"));
        assertEquals(today.plusMonths(24).toString(), verified.getString("expiresOn"));
        assertTrue(verified.isNull("revocationReason"));
        assertTrue(!verification.body().contains(email) && !verification.body().contains("accountId"),
                "no personal data beyond the certificate: " + verification.body());
        assertEquals("VALID", ok(api().get(verification(code.toUpperCase()))).getString("status"), "codes are case-insensitive");

        MimeMessage mail = TestMailServer.awaitMailTo(email, 1, Duration.ofSeconds(30)).stream()
                .filter(message -> subject(message).startsWith("Je certificaat staat klaar")).findFirst().orElseThrow();
        assertTrue(subject(mail).contains(title), subject(mail));
        assertTrue(text(mail).contains("/mijn-certificaten"), text(mail));

        Download pdf = sanne.download("api/v1/me/certificates/" + code + "/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.header("Content-Type").orElseThrow().startsWith("application/pdf"), pdf.headers().toString());
        assertTrue(pdf.header("Content-Disposition").orElseThrow().contains(code + ".pdf"));
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        for (String expected : List.of("Sanne de Vries", title.substring(0, 20), "Certificaat", "3 uur", code, "/certificaat/" + code)) {
            assertTrue(text.contains(expected), "'" + expected + "' in the PDF: " + text);
        }

        // the same certificate as an Open Badges 3.0 credential, signed with the key its kid URL serves
        Download badge = sanne.download("api/v1/me/certificates/" + code + "/badge");
        assertEquals(200, badge.status(), new String(badge.body(), StandardCharsets.UTF_8));
        assertTrue(badge.header("Content-Type").orElseThrow().startsWith("application/vc+jwt"), badge.headers().toString());
        SignedJWT credential = SignedJWT.parse(new String(badge.body(), StandardCharsets.UTF_8).strip());
        String kid = credential.getHeader().getKeyID();
        assertEquals(JWSAlgorithm.RS256, credential.getHeader().getAlgorithm());
        assertTrue(kid.startsWith("http") && kid.contains("/api/v1/keys/"), kid);
        Reply publicKey = api().get(kid.substring(kid.indexOf("api/v1/keys/")));
        assertEquals(200, publicKey.status(), publicKey.toString());
        assertTrue(credential.verify(new RSASSAVerifier(RSAKey.parse(publicKey.body()))), "verifies with the published key");
        JWTClaimsSet claims = credential.getJWTClaimsSet();
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), claims.getStringListClaim("type"));
        assertTrue(claims.getJWTID().endsWith("/api/v1/certificates/" + code + "/verification"), claims.getJWTID());
        @SuppressWarnings("unchecked")
        Map<String, Object> achievement = (Map<String, Object>) claims.getJSONObjectClaim("credentialSubject").get("achievement");
        assertEquals(title, achievement.get("name"));
        assertTrue(!credential.getPayload().toString().contains(email), "the address only as a salted hash");
        assertEquals(404, api().newLearner(PASSWORD).download("api/v1/me/certificates/" + code + "/badge").status(),
                "another learner's credential");

        ApiClient other = api().newLearner(PASSWORD);
        Download othersPdf = other.download("api/v1/me/certificates/" + code + "/pdf");
        assertEquals(404, othersPdf.status(), "another learner's PDF");
        assertTrue(new String(othersPdf.body(), StandardCharsets.UTF_8).contains("certificate.not-found"));
        assertEquals(0, okArray(other.get("api/v1/me/certificates")).size());
        assertEquals(401, api().get("api/v1/me/certificates").status());

        // a manual issue while the certificate stands is refused: one valid certificate per person and course
        ApiClient admin = api().asAdministrator();
        assertProblem(admin.post("api/v1/courses/" + course.id() + "/certificates", manualIssue(accountId(sanne), "Nog een")),
                409, "certificate.already-valid");
        assertEquals(1, certificatesInDatabase(accountId(sanne), course.id()));
    }

    @Test
    void unknownAndMalformedCodesAreNotFound() {
        assertProblem(api().get(verification("0123456789abcdefghjkmnpqrs")), 404, "certificate.not-found");
        assertProblem(api().get(verification("nietbestaand")), 404, "certificate.not-found");
        Download unknown = api().newLearner(PASSWORD).download("api/v1/me/certificates/0123456789abcdefghjkmnpqrs/pdf");
        assertEquals(404, unknown.status());
        assertTrue(new String(unknown.body(), StandardCharsets.UTF_8).contains("certificate.not-found"));
    }

    @Test
    void attendingTwoSessionsOfACourseGivesOneCertificate() throws Exception {
        ApiClient author = api().newAuthor(PASSWORD);
        ApiClient trainer = api().registerWithRoles("Tessa Trainer", ApiClient.uniqueEmail("trainer"), PASSWORD, "TRAINER");
        String title = "Workshop met certificaat " + UUID.randomUUID();
        long course = publish(author, Json.createObjectBuilder().add("title", title).add("summary", "Samenvatting")
                .add("format", "WORKSHOP").add("language", "nl").add("certificate", true)
                .add("audiences", Json.createArrayBuilder().add("PRIMARY_TEACHER")));
        long first = session(author, course, trainer);
        long second = session(author, course, trainer);
        ApiClient jurgen = api().registerAndSignIn("Jürgen Öztürk", ApiClient.uniqueEmail("jurgen"), PASSWORD);
        long firstBooking = booking(jurgen, first);
        long secondBooking = booking(jurgen, second);
        startedLastWeek(first);
        startedLastWeek(second);

        ok(trainer.put("api/v1/sessions/" + first + "/attendance", attended(firstBooking)));
        JsonObject certificate = awaitCertificates(jurgen, 1).getJsonObject(0);
        assertEquals(title, certificate.getString("courseTitle"));
        assertTrue(certificate.isNull("expiresOn"), "the course sets no validity");
        ok(trainer.put("api/v1/sessions/" + second + "/attendance", attended(secondBooking)));
        Thread.sleep(1500); // the second event is handled after its commit too
        assertEquals(1, okArray(jurgen.get("api/v1/me/certificates")).size(), "a second attendance issues no duplicate");
        assertEquals(1, certificatesInDatabase(accountId(jurgen), course));

        JsonObject list = okObject(author.get("api/v1/courses/" + course + "/certificates?page=0&size=10"));
        assertEquals(1, list.getInt("total"));
        JsonObject line = list.getJsonArray("items").getJsonObject(0);
        assertEquals("ATTENDANCE", line.getString("source"));
        assertEquals("Jürgen Öztürk", line.getString("holderName"));
        assertEquals(certificate.getString("code"), line.getString("code"));
        assertProblem(api().newAuthor(PASSWORD).get("api/v1/courses/" + course + "/certificates"), 403, "course.not-an-author");
        assertEquals(403, jurgen.get("api/v1/courses/" + course + "/certificates").status());
        assertEquals(1, okObject(api().asAdministrator().get("api/v1/courses/" + course + "/certificates")).getInt("total"));

        // issuing for all attendees at once (a background job) catches up those without a certificate, and issues nothing twice
        String issueAll = "api/v1/sessions/" + first + "/certificates";
        JsonObject nothingNew = awaitJob(trainer, trainer.post(issueAll, ""));
        assertEquals("DONE", nothingNew.getString("status"), nothingNew.toString());
        assertEquals("CERTIFICATES_ISSUE", nothingNew.getString("kind"));
        assertEquals(1, nothingNew.getInt("total"), "one attendee");
        assertEquals(0, nothingNew.getInt("produced"), nothingNew.toString());
        assertEquals(100, nothingNew.getInt("percent"));
        assertEquals(403, jurgen.post(issueAll, "").status());
        assertProblem(api().registerWithRoles("Andere Trainer", ApiClient.uniqueEmail("trainer"), PASSWORD, "TRAINER")
                .post(issueAll, ""), 403, "session.not-a-trainer");
        assertProblem(jurgen.get("api/v1/jobs/" + nothingNew.getJsonNumber("id").longValue()), 404, "job.not-found");
        update("DELETE FROM certificate WHERE account_id = ? AND course_id = ?", accountId(jurgen), course);
        JsonObject caughtUp = awaitJob(trainer, trainer.post(issueAll, ""));
        assertEquals(1, caughtUp.getInt("produced"), caughtUp.toString());
        String caughtUpCode = awaitCertificates(jurgen, 1).getJsonObject(0).getString("code");
        assertEquals(1, certificatesInDatabase(accountId(jurgen), course));

        // an administrator downloads the session's certificates: streamed, or made by a job with its progress
        ApiClient admin = api().asAdministrator();
        Map<String, byte[]> streamed = zipEntries(admin.download("api/v1/sessions/" + first + "/certificates.zip"));
        assertEquals(Set.of(caughtUpCode + ".pdf", caughtUpCode + ".jwt"), codesOf(streamed.keySet()));
        assertEquals(0, zipEntries(admin.download("api/v1/sessions/" + second + "/certificates.zip")).size(),
                "the certificate was earned at the first session");
        assertEquals(403, trainer.download("api/v1/sessions/" + first + "/certificates.zip").status());
        assertEquals(403, trainer.post("api/v1/sessions/" + first + "/certificates/export", "").status());
        assertProblem(admin.post("api/v1/sessions/987654321/certificates/export", ""), 404, "session.not-found");
        JsonObject export = awaitJob(admin, admin.post("api/v1/sessions/" + first + "/certificates/export", ""));
        assertEquals(1, export.getInt("total"));
        assertEquals(1, export.getInt("produced"));
        assertEquals("certificaten-sessie-" + first + ".zip", export.getString("resultName"));
        Download result = admin.download("api/v1/jobs/" + export.getJsonNumber("id").longValue() + "/result");
        assertTrue(result.header("Content-Disposition").orElseThrow().contains("certificaten-sessie-" + first + ".zip"));
        Map<String, byte[]> made = zipEntries(result);
        assertEquals(streamed.keySet(), made.keySet());
        String jwt = new String(made.get(made.keySet().stream().filter(name -> name.endsWith(".jwt")).findFirst().orElseThrow()),
                StandardCharsets.US_ASCII);
        assertEquals(caughtUpCode, SignedJWT.parse(jwt).getJWTClaimsSet().getJWTID()
                .replaceAll(".*/certificates/([^/]+)/verification$", "$1"), "the credential of the same certificate");
        assertEquals(404, trainer.download("api/v1/jobs/" + export.getJsonNumber("id").longValue() + "/result").status(),
                "only whoever started a job, or an administrator, sees it");

        long withoutCertificate = Courses.publish(author, Courses.details("Workshop zonder certificaat " + UUID.randomUUID(),
                "WORKSHOP", null, "PRIMARY_TEACHER"));
        assertProblem(trainer.post("api/v1/sessions/" + session(author, withoutCertificate, trainer) + "/certificates", ""), 422,
                "certificate.course-without-certificate");
    }

    /** Two attendance lists saved at the same moment fire two events for one person: still one certificate. */
    @Test
    void parallelEventsForOnePersonIssueOneCertificate() throws Exception {
        ApiClient author = api().newAuthor(PASSWORD);
        ApiClient trainer = api().registerWithRoles("Tessa Trainer", ApiClient.uniqueEmail("trainer"), PASSWORD, "TRAINER");
        long course = publish(author, Json.createObjectBuilder().add("title", "Training parallel " + UUID.randomUUID())
                .add("summary", "Samenvatting").add("format", "TRAINING").add("language", "nl").add("certificate", true)
                .add("audiences", Json.createArrayBuilder().add("PRIMARY_TEACHER")));
        List<Long> sessions = List.of(session(author, course, trainer), session(author, course, trainer), session(author, course, trainer));
        ApiClient anna = api().registerAndSignIn("Anna Parallel", ApiClient.uniqueEmail("anna"), PASSWORD);
        List<Long> bookings = new ArrayList<>();
        for (long session : sessions) {
            bookings.add(booking(anna, session));
            startedLastWeek(session);
        }
        List<java.util.concurrent.Callable<Reply>> lists = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            String path = "api/v1/sessions/" + sessions.get(i) + "/attendance";
            String body = attended(bookings.get(i));
            lists.add(() -> trainer.put(path, body));
        }
        for (Reply reply : nl.ptvt.academy.testing.Parallel.inParallel(lists)) {
            assertEquals(200, reply.status(), reply.toString());
        }
        awaitCertificates(anna, 1);
        Thread.sleep(2000);
        assertEquals(1, certificatesInDatabase(accountId(anna), course), "one valid certificate per person and course");
        assertEquals(1, okArray(anna.get("api/v1/me/certificates")).size());
    }

    // -------------------------------------------------------------------------------------------------------------
    // Expiry, revocation, reissue and manual issue

    @Test
    void aManuallyIssuedCertificateExpiresIsRevokedWithAReasonAndOnlyByAnAdministrator() throws Exception {
        ApiClient admin = api().asAdministrator();
        ApiClient author = api().newAuthor(PASSWORD);
        Course course = eLearning(author, "Verlopen " + UUID.randomUUID(), 12);
        String willemEmail = ApiClient.uniqueEmail("willem");
        ApiClient willem = api().registerAndSignIn("Willem Jansen", willemEmail, PASSWORD);
        long willemId = accountId(willem);

        assertProblem(admin.post("api/v1/courses/" + course.id() + "/certificates", "{\"accountId\":" + willemId + "}"), 400, "validation");
        assertEquals(403, author.post("api/v1/courses/" + course.id() + "/certificates", manualIssue(willemId, "Mag niet")).status());
        assertProblem(admin.post("api/v1/courses/987654321/certificates", manualIssue(willemId, "Geen cursus")), 404, "course.not-found");
        Reply issued = admin.post("api/v1/courses/" + course.id() + "/certificates", manualIssue(willemId, "Diploma op papier"));
        assertEquals(201, issued.status(), issued.toString());
        String code = issued.json().getString("code");
        assertEquals("MANUAL", issued.json().getString("source"));
        assertTrue(issued.header("Location").orElseThrow().endsWith("/api/v1/certificates/" + code + "/verification"));
        assertEquals("VALID", ok(api().get(verification(code))).getString("status"));

        // eight weeks before expiry the holder is reminded to renew, once
        update("UPDATE certificate SET expires_on = ? WHERE code = ?", java.sql.Date.valueOf(LocalDate.now(AMSTERDAM).plusDays(10)), code);
        MimeMessage reminder = awaitMail(willemEmail, "Je certificaat verloopt binnenkort");
        assertTrue(text(reminder).contains(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"))
                .format(LocalDate.now(AMSTERDAM).plusDays(10))), text(reminder));
        assertTrue(text(reminder).contains("/cursus/"), text(reminder));
        Thread.sleep(2500); // the pass runs every second in the tests
        assertEquals(1, TestMailServer.mailTo(willemEmail).stream()
                .filter(message -> subject(message).startsWith("Je certificaat verloopt binnenkort")).count(), "reminded once");

        expireYesterday(code);
        assertEquals("EXPIRED", ok(api().get(verification(code))).getString("status"));
        assertEquals("EXPIRED", okArray(willem.get("api/v1/me/certificates")).getJsonObject(0).getString("status"));

        String revocation = "api/v1/certificates/" + code + "/revocation";
        assertProblem(admin.post(revocation, "{}"), 400, "validation");
        assertProblem(admin.post(revocation, "{\"reason\":\"  \"}"), 400, "validation");
        assertProblem(admin.post(revocation, ""), 400, null);
        assertEquals(403, willem.post(revocation, "{\"reason\":\"Zelf intrekken\"}").status());
        assertEquals(403, author.post(revocation, "{\"reason\":\"Auteur\"}").status());
        assertEquals(401, api().post(revocation, "{\"reason\":\"Anoniem\"}").status());
        assertProblem(admin.post("api/v1/certificates/0123456789abcdefghjkmnpqrs/revocation", "{\"reason\":\"x\"}"), 404,
                "certificate.not-found");
        JsonObject revoked = ok(admin.post(revocation, "{\"reason\":\"Toets niet zelf gemaakt\"}"));
        assertEquals("REVOKED", revoked.getString("status"));

        JsonObject verified = ok(api().get(verification(code)));
        assertEquals("REVOKED", verified.getString("status"));
        assertEquals("Toets niet zelf gemaakt", verified.getString("revocationReason"));
        assertEquals("REVOKED", okArray(willem.get("api/v1/me/certificates")).getJsonObject(0).getString("status"));
        assertEquals("REVOKED", ok(admin.post(revocation, "{\"reason\":\"Nog eens\"}")).getString("status"));
        assertEquals("Toets niet zelf gemaakt", ok(api().get(verification(code))).getString("revocationReason"),
                "the first reason is kept");

        // once revoked, the person may be issued a new certificate
        Reply again = admin.post("api/v1/courses/" + course.id() + "/certificates", manualIssue(willemId, "Toets opnieuw gemaakt"));
        assertEquals(201, again.status(), again.toString());
        assertNotEquals(code, again.json().getString("code"));
        assertEquals(2, okArray(willem.get("api/v1/me/certificates")).size());
    }

    @Test
    void aReissueAfterANameChangeKeepsTheHistory() throws Exception {
        ApiClient admin = api().asAdministrator();
        Course course = eLearning(api().newAuthor(PASSWORD), "Heruitgifte " + UUID.randomUUID(), null);
        ApiClient anna = api().registerAndSignIn("Anna Bakker", ApiClient.uniqueEmail("anna"), PASSWORD);
        complete(anna, course);
        String old = awaitCertificates(anna, 1).getJsonObject(0).getString("code");
        rename(accountId(anna), "Anna de Boer-Bakker");

        assertProblem(admin.post("api/v1/certificates/" + old + "/reissue", "{}"), 400, "validation");
        Reply reissued = admin.post("api/v1/certificates/" + old + "/reissue", "{\"reason\":\"Naamswijziging na huwelijk\"}");
        assertEquals(201, reissued.status(), reissued.toString());
        String fresh = reissued.json().getString("code");
        assertNotEquals(old, fresh);
        assertEquals("Anna de Boer-Bakker", ok(api().get(verification(fresh))).getString("holderName"));
        JsonObject superseded = ok(api().get(verification(old)));
        assertEquals("SUPERSEDED", superseded.getString("status"));
        assertEquals("Anna Bakker", superseded.getString("holderName"), "what a certificate says never changes");
        JsonArray mine = okArray(anna.get("api/v1/me/certificates"));
        assertEquals(1, mine.size(), "the superseded one is left out");
        assertEquals(fresh, mine.getJsonObject(0).getString("code"));
        assertProblem(admin.post("api/v1/certificates/" + old + "/reissue", "{\"reason\":\"Nog eens\"}"), 422, "certificate.not-valid");
        assertEquals(2, okObject(admin.get("api/v1/courses/" + course.id() + "/certificates")).getInt("total"));

        // the course's ZIP holds the valid certificate only, with the new name, as its PDF and its credential
        Download zip = course.author().download("api/v1/courses/" + course.id() + "/certificates.zip");
        assertTrue(zip.header("Content-Type").orElseThrow().startsWith("application/zip"), zip.headers().toString());
        Map<String, byte[]> entries = zipEntries(zip);
        assertEquals(Set.of(fresh + ".pdf", fresh + ".jwt"), codesOf(entries.keySet()));
        String pdfName = entries.keySet().stream().filter(name -> name.endsWith(".pdf")).findFirst().orElseThrow();
        String text = new PdfTextExtractor(new PdfReader(entries.get(pdfName))).getTextFromPage(1);
        assertTrue(text.contains("Anna de Boer-Bakker"), text);
        // the same as a background job, for the course's author
        JsonObject job = awaitJob(course.author(), course.author().post("api/v1/courses/" + course.id() + "/certificates/export", ""));
        assertEquals("DONE", job.getString("status"), job.toString());
        assertEquals(entries.keySet(), zipEntries(course.author().download("api/v1/jobs/" + job.getJsonNumber("id").longValue() + "/result")).keySet());
        assertEquals(403, api().newAuthor(PASSWORD).post("api/v1/courses/" + course.id() + "/certificates/export", "").status());
        assertEquals(200, admin.get("api/v1/jobs/" + job.getJsonNumber("id").longValue()).status(), "administrators see every job");
        assertEquals(403, api().newAuthor(PASSWORD).download("api/v1/courses/" + course.id() + "/certificates.zip").status());
        assertEquals(403, anna.download("api/v1/courses/" + course.id() + "/certificates.zip").status());
        assertEquals(404, admin.download("api/v1/courses/987654321/certificates.zip").status());
    }

    // -------------------------------------------------------------------------------------------------------------
    // Guessing codes

    /**
     * From an address of its own (a loopback address other than the other tests', bound by a raw socket), so the
     * limit it reaches does not slow down the rest of this class: the default burst of 20 look-ups passes, then 429.
     */
    @Test
    void lookingUpCodesIsRateLimitedPerClientAddress() throws Exception {
        InetAddress client = InetAddress.getByName("127.0.0." + ThreadLocalRandom.current().nextInt(2, 250));
        List<String> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 25; i++) {
            List<String> response = rawGet(client, deployment.getPath() + verification(
                    String.format("%026d", i)));
            statuses.add(response.get(0).split(" ")[1]);
            for (String header : response) {
                if (header.toLowerCase().startsWith("retry-after:")) {
                    retryAfter = header.substring("retry-after:".length()).strip();
                }
            }
        }
        assertEquals(List.of("404"), statuses.subList(0, 20).stream().distinct().toList(), statuses.toString());
        assertEquals(List.of("429"), statuses.subList(20, 25).stream().distinct().toList(), statuses.toString());
        assertTrue(retryAfter != null && Long.parseLong(retryAfter) >= 1, "Retry-After: " + retryAfter);
        assertEquals(404, api().get(verification("0123456789abcdefghjkmnpqrs")).status(), "other clients are not slowed down");
    }

    // -------------------------------------------------------------------------------------------------------------
    // Background jobs' housekeeping

    /**
     * On the reminder clock's tick (every second here): a running job whose instance went silent 11 minutes ago is
     * failed as interrupted, and a result finished 25 hours ago is cleared away; a fresh job is left alone.
     */
    @Test
    void aSilentJobIsMarkedInterruptedAndAnOldResultIsClearedAway() throws Exception {
        ApiClient admin = api().asAdministrator();
        long adminId = accountId(admin);
        long silent = insertJob(adminId, "RUNNING", "INTERVAL 11 MINUTE");
        long old = insertJob(adminId, "DONE", "INTERVAL 25 HOUR");
        long fresh = insertJob(adminId, "RUNNING", "INTERVAL 1 MINUTE");

        JsonObject interrupted = awaitJobStatus(admin, silent, "FAILED");
        assertEquals("job.interrupted", interrupted.getString("errorCode"));
        assertEquals(3, interrupted.getInt("done"), "the progress it made stays");
        awaitJobStatus(admin, old, "EXPIRED");
        Download expired = admin.download("api/v1/jobs/" + old + "/result");
        assertEquals(404, expired.status());
        assertTrue(new String(expired.body(), StandardCharsets.UTF_8).contains("job.result-expired"));
        assertEquals("RUNNING", okObject(admin.get("api/v1/jobs/" + fresh)).getString("status"), "still reporting: left alone");
        Download notYet = admin.download("api/v1/jobs/" + fresh + "/result");
        assertEquals(409, notYet.status());
        assertTrue(new String(notYet.body(), StandardCharsets.UTF_8).contains("job.no-result"));
    }

    /** A job row as an instance would have left it, its last sign of life {@code silence} ago (UTC, as the Academy stores it). */
    private static long insertJob(long requestedBy, String status, String silence) throws Exception {
        boolean done = status.equals("DONE");
        try (Connection db = IntegrationTestServer.openDatabase();
             PreparedStatement insert = db.prepareStatement("INSERT INTO background_job (kind, subject_id, requested_by, status, total, "
                     + "done, produced, result_name, result_type, created_at, started_at, updated_at, finished_at) VALUES "
                     + "('CERTIFICATES_EXPORT', 1, ?, ?, 10, ?, ?, ?, ?, UTC_TIMESTAMP(6) - INTERVAL 2 DAY, UTC_TIMESTAMP(6) - INTERVAL 2 DAY, "
                     + "UTC_TIMESTAMP(6) - " + silence + ", " + (done ? "UTC_TIMESTAMP(6) - " + silence : "NULL") + ")",
                     java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, requestedBy);
            insert.setString(2, status);
            insert.setInt(3, done ? 10 : 3);
            insert.setInt(4, done ? 10 : 3);
            insert.setString(5, done ? "certificaten-cursus-1.zip" : null);
            insert.setString(6, done ? "application/zip" : null);
            insert.executeUpdate();
            try (java.sql.ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static JsonObject awaitJobStatus(ApiClient who, long job, String status) throws InterruptedException {
        JsonObject seen = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            seen = okObject(who.get("api/v1/jobs/" + job));
            if (seen.getString("status").equals(status)) {
                return seen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + job + " did not become " + status + ": " + seen);
    }

    // -------------------------------------------------------------------------------------------------------------
    // Helpers

    private record Course(long id, List<Long> pages, ApiClient author) {
    }

    private ApiClient api() {
        return ApiClient.at(deployment);
    }

    private static String verification(String code) {
        return "api/v1/certificates/" + code + "/verification";
    }

    /** A published e-learning with a certificate (valid {@code months}, or without expiry), 3 study hours and one page. */
    private static Course eLearning(ApiClient author, String title, Integer months) {
        JsonObjectBuilder details = Json.createObjectBuilder().add("title", title).add("summary", "Samenvatting van " + title)
                .add("format", "E_LEARNING").add("language", "nl").add("theme", "TECHNIEKCOACH").add("studyHours", 3)
                .add("certificate", true);
        if (months != null) {
            details.add("certificateValidityMonths", months);
        }
        long id = created(author.post("api/v1/courses", details.build().toString())).getJsonNumber("id").longValue();
        long module = created(author.post("api/v1/courses/" + id + "/modules", "{\"title\":\"Starten\"}")).getJsonNumber("id").longValue();
        long page = created(author.post("api/v1/modules/" + module + "/lessons", Json.createObjectBuilder()
                .add("title", "Welkom").add("kind", "TEXT").add("body", "<p>Welkom</p>").build().toString())).getJsonNumber("id").longValue();
        okObject(author.post("api/v1/courses/" + id + "/publication", ""));
        return new Course(id, List.of(page), author);
    }

    private static long publish(ApiClient author, JsonObjectBuilder details) {
        long id = created(author.post("api/v1/courses", details.build().toString())).getJsonNumber("id").longValue();
        okObject(author.post("api/v1/courses/" + id + "/publication", ""));
        return id;
    }

    private static void complete(ApiClient learner, Course course) {
        long enrolment = created(learner.post("api/v1/courses/" + course.id() + "/enrolments", "")).getJsonNumber("id").longValue();
        for (long page : course.pages()) {
            Reply done = learner.put("api/v1/me/enrolments/" + enrolment + "/lessons/" + page + "/completion", "");
            assertEquals(200, done.status(), done.toString());
        }
    }

    /** The learner's certificates once there are {@code count}: issuing runs after the completion's commit. */
    /** A job started by the reply (202 with its Location), followed until it finishes. */
    private static JsonObject awaitJob(ApiClient who, Reply started) throws InterruptedException {
        assertEquals(202, started.status(), started.toString());
        long id = started.json().getJsonNumber("id").longValue();
        assertTrue(started.header("Location").orElseThrow().endsWith("/api/v1/jobs/" + id), started.toString());
        for (int attempt = 0; attempt < 300; attempt++) {
            JsonObject job = okObject(who.get("api/v1/jobs/" + id));
            if (!List.of("QUEUED", "RUNNING").contains(job.getString("status"))) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish in 30 s");
    }

    private static Map<String, byte[]> zipEntries(Download zip) {
        assertEquals(200, zip.status());
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream entriesIn = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (java.util.zip.ZipEntry entry = entriesIn.getNextEntry(); entry != null; entry = entriesIn.getNextEntry()) {
                entries.put(entry.getName(), entriesIn.readAllBytes());
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return entries;
    }

    /** certificaat-some-title-CODE.pdf → CODE.pdf */
    private static Set<String> codesOf(Set<String> names) {
        return names.stream().map(name -> name.substring(name.lastIndexOf('-') + 1)).collect(java.util.stream.Collectors.toSet());
    }

    private static JsonArray awaitCertificates(ApiClient learner, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        JsonArray mine = okArray(learner.get("api/v1/me/certificates"));
        while (mine.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            mine = okArray(learner.get("api/v1/me/certificates"));
        }
        assertEquals(count, mine.size(), mine.toString());
        return mine;
    }

    private static long session(ApiClient author, long course, ApiClient trainer) {
        Instant start = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        JsonObjectBuilder session = Json.createObjectBuilder().add("startsAt", start.toString())
                .add("endsAt", start.plus(Duration.ofHours(3)).toString()).add("capacity", 5)
                .add("bookingDeadline", start.minus(Duration.ofDays(1)).toString())
                .add("venue", Json.createObjectBuilder().add("name", "Het Lokaal").add("address", "Stationsplein 1")
                        .add("city", "Utrecht").add("province", "UT"))
                .add("trainers", Json.createArrayBuilder().add(accountId(trainer)));
        return created(author.post("api/v1/courses/" + course + "/sessions", session.build().toString())).getJsonNumber("id").longValue();
    }

    private static long booking(ApiClient learner, long session) {
        Reply booked = learner.post("api/v1/sessions/" + session + "/bookings", "");
        assertEquals(201, booked.status(), booked.toString());
        return booked.jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String attended(long booking) {
        return "[{\"bookingId\":" + booking + ",\"attended\":true}]";
    }

    private static String manualIssue(long accountId, String reason) {
        return Json.createObjectBuilder().add("accountId", accountId).add("reason", reason).build().toString();
    }

    private static long accountId(ApiClient person) {
        return okObject(person.get("api/v1/me")).getJsonNumber("id").longValue();
    }

    private static void startedLastWeek(long session) throws Exception {
        update("UPDATE training_session SET starts_at = starts_at - INTERVAL 8 DAY, ends_at = ends_at - INTERVAL 8 DAY, "
                + "booking_deadline = booking_deadline - INTERVAL 8 DAY WHERE id = ?", session);
    }

    private static void expireYesterday(String code) throws Exception {
        update("UPDATE certificate SET expires_on = ? WHERE code = ?", java.sql.Date.valueOf(LocalDate.now(AMSTERDAM).minusDays(1)), code);
    }

    private static void rename(long accountId, String name) throws Exception {
        update("UPDATE account SET name = ? WHERE id = ?", name, accountId);
    }

    private static void update(String sql, Object... values) throws Exception {
        try (Connection db = IntegrationTestServer.openDatabase(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            assertEquals(1, statement.executeUpdate());
        }
    }

    private static int certificatesInDatabase(long accountId, long courseId) throws Exception {
        try (Connection db = IntegrationTestServer.openDatabase();
             PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM certificate WHERE account_id = ? AND course_id = ?")) {
            query.setLong(1, accountId);
            query.setLong(2, courseId);
            try (java.sql.ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** A GET over a raw socket from {@code client}: the status line and the headers. */
    private List<String> rawGet(InetAddress client, String path) throws Exception {
        try (Socket socket = new Socket(InetAddress.getByName(deployment.getHost()), deployment.getPort(), client, 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + deployment.getHost() + ":" + deployment.getPort()
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }

    private static MimeMessage awaitMail(String address, String subjectStart) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            java.util.Optional<MimeMessage> found = TestMailServer.mailTo(address).stream()
                    .filter(message -> subject(message).startsWith(subjectStart)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail '" + subjectStart + "' to " + address);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String text) {
            return text.replace("\r\n", "\n");
        }
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
        return ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
    }

    private static JsonObject created(Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private static JsonObject okObject(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static JsonObject ok(Reply reply) {
        return okObject(reply);
    }

    private static JsonArray okArray(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.jsonArray();
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        if (code != null) {
            assertEquals(code, reply.json().getString("code"), reply.toString());
        }
    }
}
