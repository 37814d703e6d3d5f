package nl.ptvt.academy.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ptvt.academy.testing.AcademyDeployment;
import nl.ptvt.academy.testing.ApiClient;
import nl.ptvt.academy.testing.ApiClient.Reply;
import nl.ptvt.academy.testing.Browser;
import nl.ptvt.academy.testing.IntegrationTestServer;
import nl.ptvt.academy.testing.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Invitations and the mail outbox against a real SMTP server ({@link TestMailServer}): a coordinator invites a
 * colleague over REST, the mail arrives by SMTP, its link activates the account in the browser; codes work once
 * and not after expiry; an SMTP outage delays the mail and loses nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationJourneyIT {

    private static final String PASSWORD = "techniek-is-leuk-2026";
    /** The link as mailed: ACADEMY_BASE_URL (not the test server's random port), then the path with a 43-character code. */
    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/activeren\\?code=([A-Za-z0-9_-]{43}))\\s");
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);

    @ArquillianResource
    URL deployment;

    private ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive academy() {
        return AcademyDeployment.builtWar();
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        Browser.closeWithScreenshot(browser, test.getTestMethod().orElseThrow().getName());
    }

    private ApiClient api() {
        return ApiClient.at(deployment);
    }

    private static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@school.test";
    }

    private record Coordinator(ApiClient api, long organisationId, String organisationName) {
    }

    /** A coordinator of a school of their own, made by the administrator. */
    private Coordinator coordinator() {
        ApiClient admin = api().asAdministrator();
        String school = "Technasium " + UUID.randomUUID().toString().substring(0, 8);
        Reply created = admin.post("api/v1/organisations", "{\"name\":\"" + school + "\",\"type\":\"SECONDARY_SCHOOL\",\"province\":\"GR\"}");
        assertEquals(201, created.status(), created.toString());
        long organisationId = id(created.json());
        ApiClient coordinator = api().registerWithRoles("Sanne Coördinator", uniqueEmail("coordinator"), PASSWORD, "COORDINATOR");
        long coordinatorId = id(coordinator.get("api/v1/me").json());
        Reply placed = admin.put("api/v1/users/" + coordinatorId + "/organisation", "{\"organisationId\":" + organisationId + "}");
        assertEquals(200, placed.status(), placed.toString());
        return new Coordinator(coordinator, organisationId, school);
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static long invitedAccount(Reply invitation) {
        return invitation.json().getJsonNumber("accountId").longValue();
    }

    private static String invite(String email) {
        return "{\"email\":\"" + email + "\"}";
    }

    private static String activation(String code, String name, String password) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"password\":\"" + password + "\"}";
    }

    /** The one invitation mail to the address, once it has arrived by SMTP. */
    private static String invitationText(String email) throws Exception {
        List<MimeMessage> mails = TestMailServer.awaitMailTo(email, 1, MAIL_PATIENCE);
        assertEquals(1, mails.size());
        assertEquals("Uitnodiging voor de PTvT Academy / Invitation to the PTvT Academy", mails.get(0).getSubject());
        return (String) mails.get(0).getContent();
    }

    private static Matcher link(String text) {
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), "an activation link in: " + text);
        return link;
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        if (code != null) {
            assertEquals(code, reply.json().getString("code"), reply.toString());
        }
    }

    @Test
    void aCoordinatorInvitesAColleagueWhoActivatesTheAccountFromTheMail() throws Exception {
        Coordinator coordinator = coordinator();
        String email = uniqueEmail("pieter");
        Reply invited = coordinator.api().post("api/v1/invitations", invite(email));
        assertEquals(201, invited.status(), invited.toString());
        assertTrue(invited.json().getBoolean("created"));
        long accountId = invitedAccount(invited);
        assertTrue(invited.header("Location").orElseThrow().endsWith("/api/v1/users/" + accountId));

        String text = invitationText(email);
        assertTrue(text.contains("Sanne Coördinator van " + coordinator.organisationName() + " heeft een account voor u aangemaakt"), text);
        assertTrue(text.contains("has created an account for you"), "with the English below: " + text);
        String link = link(text).group(1);
        assertEquals(401, api().post("api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}").status(),
                "nobody signs in before the account is activated");

        browser = Browser.start();
        String base = deployment.toString().replaceAll("/+$", "");
        ActivationPage activation = new ActivationPage(browser, base).open(link);
        assertEquals(email, activation.invitedEmail());
        assertEquals(List.of(), Accessibility.check(browser, null));
        activation.activateRefused("Pieter Jansen", PASSWORD, "iets-anders-dan-dat");
        activation.waitForText("De twee wachtwoorden zijn niet gelijk");
        assertEquals(List.of(), Accessibility.check(browser, null), "with the field messages");

        LoginPage login = activation.activate("Pieter Jansen", PASSWORD);
        assertEquals(email, login.prefilledEmail(), "the login form knows who just activated");
        assertTrue(login.text().contains("Uw account is geactiveerd"), login.text());
        login.logIn(email, PASSWORD);
        assertEquals("Pieter Jansen", new MyAccountPage(browser, base).signedInName());

        JsonObject me = api().signIn(email, PASSWORD).get("api/v1/me").json();
        assertEquals(accountId, id(me));
        assertEquals("Pieter Jansen", me.getString("name"));
        assertEquals(coordinator.organisationId(), id(me.getJsonObject("organisation")), "in the coordinator's organisation");
        assertEquals("[\"LEARNER\"]", me.getJsonArray("roles").toString());

        ActivationPage again = new ActivationPage(browser, base).open(link);
        assertTrue(again.refusal().contains("Deze uitnodiging is al gebruikt"), again.refusal());
        assertEquals(List.of(), Accessibility.check(browser, null));
        assertTrue(new ActivationPage(browser, base).open("/activeren?code=verzonnen").refusal().contains("niet geldig"));
    }

    @Test
    void aCodeWorksOnceWithinFourteenDaysAndOnlyCoordinatorsAndAdministratorsInvite() throws Exception {
        Coordinator coordinator = coordinator();
        Expired late = invitedAndExpired(coordinator, uniqueEmail("fatima"));
        assertProblem(api().post("api/v1/invitations/activation", activation(late.code(), "Fatima", PASSWORD)), 422, "invitation.expired");
        assertProblem(api().post("api/v1/invitations/activation", activation("A".repeat(43), "Fatima", PASSWORD)), 404, "invitation.unknown");

        ApiClient admin = api().asAdministrator();
        String email = uniqueEmail("sem");
        Reply invited = admin.post("api/v1/invitations", invite(email));
        assertEquals(201, invited.status(), "an administrator invites without an organisation: " + invited);
        String code = link(invitationText(email)).group(2);
        assertProblem(api().post("api/v1/invitations/activation", activation(code, "Sem", "kort")), 400, "validation");
        Reply activated = api().post("api/v1/invitations/activation", activation(code, "Sem de Boer", PASSWORD));
        assertEquals(200, activated.status(), activated.toString());
        assertTrue(activated.json().getBoolean("active"));
        assertEquals("Sem de Boer", activated.json().getString("name"));
        assertProblem(api().post("api/v1/invitations/activation", activation(code, "Iemand anders", PASSWORD)), 422, "invitation.used");
        assertEquals("Sem de Boer", api().signIn(email, PASSWORD).get("api/v1/me").json().getString("name"));

        Reply existing = coordinator.api().post("api/v1/invitations", invite(email.toUpperCase()));
        assertEquals(200, existing.status(), "an address with an account is not invited again: " + existing);
        assertFalse(existing.json().getBoolean("created"));
        assertFalse(existing.json().getBoolean("invited"));
        assertEquals(invitedAccount(invited), invitedAccount(existing));

        assertProblem(coordinator.api().post("api/v1/invitations", "{\"email\":\"" + uniqueEmail("x") + "\",\"organisationId\":"
                + (coordinator.organisationId() + 1000) + "}"), 403, "invitation.other-organisation");
        assertProblem(coordinator.api().post("api/v1/invitations", invite("geen-adres")), 400, "validation");
        ApiClient learner = api().registerAndSignIn("Leerling", uniqueEmail("leerling"), PASSWORD);
        assertProblem(learner.post("api/v1/invitations", invite(uniqueEmail("x"))), 403, "forbidden");
        assertProblem(api().post("api/v1/invitations", invite(uniqueEmail("x"))), 401, null);
        assertEquals(1, TestMailServer.mailTo(email).size(), "one invitation mail per address");
    }

    @Test
    void anAddressWhoseLinkExpiredIsInvitedAgainAndOnlyTheNewestLinkWorks() throws Exception {
        Coordinator coordinator = coordinator();
        String email = uniqueEmail("lotte");
        Expired first = invitedAndExpired(coordinator, email);
        long accountId = first.accountId();
        String firstCode = first.code();

        Reply again = coordinator.api().post("api/v1/invitations", invite(email));
        assertEquals(200, again.status(), again.toString());
        assertEquals(accountId, invitedAccount(again));
        assertFalse(again.json().getBoolean("created"));
        assertTrue(again.json().getBoolean("invited"), "a fresh link was mailed");
        List<MimeMessage> mails = TestMailServer.awaitMailTo(email, 2, MAIL_PATIENCE);
        String secondCode = mails.stream().map(InvitationJourneyIT::content).map(text -> link(text).group(2))
                .filter(code -> !code.equals(firstCode)).findFirst().orElseThrow();
        assertProblem(api().post("api/v1/invitations/activation", activation(firstCode, "Lotte", PASSWORD)), 422, "invitation.replaced");
        assertProblem(coordinator().api().post("api/v1/invitations", invite(email)), 403, "invitation.other-organisation");

        Reply activated = api().post("api/v1/invitations/activation", activation(secondCode, "Lotte Bakker", PASSWORD));
        assertEquals(200, activated.status(), activated.toString());
        assertEquals(coordinator.organisationId(), id(activated.json().getJsonObject("organisation")), "still in its organisation");
        Reply inUse = coordinator.api().post("api/v1/invitations", invite(email));
        assertEquals(200, inUse.status(), inUse.toString());
        assertFalse(inUse.json().getBoolean("invited"), "an active account is not invited");
        assertProblem(api().post("api/v1/invitations/activation", activation(secondCode, "Iemand anders", PASSWORD)), 422, "invitation.used");
        assertEquals(2, TestMailServer.mailTo(email).size());
    }

    /** An invitation whose fourteen days have passed: its account and the code of its link. */
    private record Expired(long accountId, String code) {
    }

    private static Expired invitedAndExpired(Coordinator coordinator, String email) throws Exception {
        long accountId = invitedAccount(coordinator.api().post("api/v1/invitations", invite(email)));
        String code = link(invitationText(email)).group(2);
        expireInvitationOf(accountId);
        return new Expired(accountId, code);
    }

    private static String content(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anSmtpOutageDelaysTheInvitationMailButLosesNothing() throws Exception {
        String email = uniqueEmail("storing");
        TestMailServer.goDown();
        try {
            Reply invited = api().asAdministrator().post("api/v1/invitations", invite(email));
            assertEquals(201, invited.status(), "inviting does not wait for the mail server: " + invited);
            OutboxRow failing = awaitOutboxRow(email, row -> row.attempts() >= 2);
            assertEquals("PENDING", failing.status());
            assertTrue(failing.lastError().contains("MailConnectException"), failing.lastError());
            assertTrue(failing.sentAt() == null);
        } finally {
            TestMailServer.comeBack();
        }
        assertTrue(invitationText(email).contains("/activeren?code="), "delivered once the server is back");
        OutboxRow sent = awaitOutboxRow(email, row -> row.status().equals("SENT"));
        assertNotNull(sent.sentAt());
        assertTrue(sent.attempts() >= 3, "the failed attempts and the one that worked: " + sent);
    }

    /** A mail's row in the outbox, which no API shows. */
    private record OutboxRow(String status, int attempts, String lastError, Instant sentAt) {
    }

    private static OutboxRow awaitOutboxRow(String email, Predicate<OutboxRow> expected) throws Exception {
        Instant deadline = Instant.now().plus(MAIL_PATIENCE);
        Optional<OutboxRow> row = outboxRow(email);
        while (row.filter(expected).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            row = outboxRow(email);
        }
        return row.filter(expected).orElseThrow(() -> new AssertionError("outbox row of " + email + " never as expected: " + outboxRowText(email)));
    }

    private static Optional<OutboxRow> outboxRow(String email) throws SQLException {
        try (Connection database = IntegrationTestServer.openDatabase();
             PreparedStatement query = database.prepareStatement(
                     "SELECT status, attempts, last_error, sent_at FROM mail_outbox WHERE recipient_address = ?")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                LocalDateTime sentAt = row.getObject("sent_at", LocalDateTime.class);
                return Optional.of(new OutboxRow(row.getString("status"), row.getInt("attempts"), row.getString("last_error"),
                        sentAt == null ? null : sentAt.toInstant(ZoneOffset.UTC)));
            }
        }
    }

    private static String outboxRowText(String email) {
        try {
            return outboxRow(email).map(Object::toString).orElse("no row");
        } catch (SQLException e) {
            return e.toString();
        }
    }

    /** Fourteen days cannot pass in a test: the invitation is moved into the past where it is kept. */
    private static void expireInvitationOf(long accountId) throws SQLException {
        try (Connection database = IntegrationTestServer.openDatabase();
             PreparedStatement expire = database.prepareStatement("UPDATE account_invitation SET expires_at = ? WHERE account_id = ?")) {
            expire.setObject(1, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1));
            expire.setLong(2, accountId);
            assertEquals(1, expire.executeUpdate());
        }
    }
}
