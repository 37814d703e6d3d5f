package nl.ptvt.academy.identity.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ptvt.academy.testing.AcademyDeployment;
import nl.ptvt.academy.testing.ApiClient;
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
 * The REST contract of accounts, tokens, roles and organisations, black-box over HTTP against the Academy on
 * Payara Micro with MariaDB. Every test makes its own uniquely named data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiContractIT {

    private static final String PASSWORD = "een-lang-wachtwoord";

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
        return api().signIn(IntegrationTestServer.ADMIN_EMAIL, IntegrationTestServer.ADMIN_PASSWORD);
    }

    private static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@school.test";
    }

    private static String registration(String name, String email) {
        return "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
    }

    private static void assertProblem(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), "problem+json, was " + reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("title") && problem.containsKey("type"), reply.body());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), "no stack trace: " + reply.body());
    }

    @Test
    void registerThenTokenThenMe() {
        String email = uniqueEmail("sanne");
        Reply registered = api().post("api/v1/accounts", registration("Sanne de Vries", email));

        assertEquals(201, registered.status(), registered.toString());
        JsonObject account = registered.json();
        String location = registered.header("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/users/" + account.getJsonNumber("id").longValue()), location);
        assertEquals("Sanne de Vries", account.getString("name"));
        assertEquals(email, account.getString("email"));
        assertEquals(List.of("LEARNER"), account.getJsonArray("roles").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
        assertFalse(registered.body().contains(PASSWORD), "the password is never echoed");
        assertFalse(registered.body().toLowerCase().contains("hash"), "no password hash in any response");

        Reply token = api().post("api/v1/auth/token", "{\"email\":\"" + email.toUpperCase() + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, token.status(), token.toString());
        assertEquals("Bearer", token.json().getString("token_type"));
        assertTrue(token.json().getJsonNumber("expires_in").longValue() > 0);
        assertEquals("no-store", token.header("Cache-Control").orElse(""));

        Reply me = api().withToken(token.json().getString("access_token")).get("api/v1/me");
        assertEquals(200, me.status(), me.toString());
        assertEquals(account.getJsonNumber("id"), me.json().getJsonNumber("id"));
        assertEquals("Sanne de Vries", me.json().getString("name"));
        assertTrue(me.json().containsKey("organisation"), "organisation is present, as null");
        assertEquals(JsonValue.ValueType.NULL, me.json().get("organisation").getValueType());
    }

    @Test
    void anAccountCanBelongToAnOrganisationFromRegistrationOn() {
        long organisationId = createOrganisation(admin(), "OBS De Vonk " + UUID.randomUUID(), "PRIMARY_SCHOOL", "DR").getJsonNumber("id").longValue();
        String email = uniqueEmail("leraar");
        Reply registered = api().post("api/v1/accounts", "{\"name\":\"Lotte\",\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\",\"organisationId\":" + organisationId + "}");
        assertEquals(201, registered.status(), registered.toString());
        JsonObject organisation = api().signIn(email, PASSWORD).get("api/v1/me").json().getJsonObject("organisation");
        assertEquals(organisationId, organisation.getJsonNumber("id").longValue());
        assertEquals("DR", organisation.getString("province"));

        Reply unknown = api().post("api/v1/accounts", "{\"name\":\"Lotte\",\"email\":\"" + uniqueEmail("x") + "\",\"password\":\"" + PASSWORD
                + "\",\"organisationId\":999999999}");
        assertProblem(unknown, 422);
        assertEquals("organisation.unknown", unknown.json().getString("code"));
    }

    @Test
    void anEmailAddressCanBeRegisteredOnceWhateverItsLetterCase() {
        String email = uniqueEmail("dubbel");
        assertEquals(201, api().post("api/v1/accounts", registration("Eerste", email)).status());

        Reply second = api().post("api/v1/accounts", registration("Tweede", email.toUpperCase()));
        assertProblem(second, 409);
        assertEquals("account.email.taken", second.json().getString("code"));
    }

    @Test
    void parallelRegistrationsOfOneAddressMakeExactlyOneAccount() throws Exception {
        String email = uniqueEmail("parallel");
        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String name = "Poging " + i;
            Callable<Integer> register = () -> {
                start.await();
                return api().post("api/v1/accounts", registration(name, email)).status();
            };
            statuses.add(pool.submit(register));
        }
        start.countDown();
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answers.add(status.get());
        }
        pool.shutdown();

        Map<Integer, Long> counted = answers.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, (long) requests - 1), counted, "answers: " + answers);
        assertEquals(1, admin().get("api/v1/users?q=" + email).json().getInt("total"));
    }

    @Test
    void invalidFieldsAreListedInTheLanguageAskedFor() {
        String invalid = "{\"name\":\"\",\"email\":\"geen-adres\",\"password\":\"kort\"}";

        Reply english = api().inLanguage("en").post("api/v1/accounts", invalid);
        assertProblem(english, 400);
        Map<String, String> violations = violations(english);
        assertEquals(List.of("email", "name", "password"), List.copyOf(violations.keySet()));
        assertEquals("This is not a valid e-mail address", violations.get("email"));
        assertEquals("Password must be between 10 and 128 characters", violations.get("password"));

        Reply dutch = api().inLanguage("nl-NL,nl;q=0.9").post("api/v1/accounts", invalid);
        assertEquals("Dit is geen geldig e-mailadres", violations(dutch).get("email"));
        assertEquals("Vul uw naam in", violations(dutch).get("name"));

        Reply missingEverything = api().post("api/v1/accounts", "{}");
        assertProblem(missingEverything, 400);
        assertEquals(List.of("email", "name", "password"), List.copyOf(violations(missingEverything).keySet()));
    }

    private static Map<String, String> violations(Reply reply) {
        return reply.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(v -> v.getString("field"), v -> v.getString("message"), (a, b) -> a + "; " + b, java.util.TreeMap::new));
    }

    @Test
    void malformedRequestsAreClearProblems() {
        Reply brokenJson = api().post("api/v1/accounts", "{\"name\": \"Sanne\", ");
        assertProblem(brokenJson, 400);
        assertEquals("malformed-json", brokenJson.json().getString("code"));

        Reply wrongType = api().send("POST", "api/v1/accounts", "text/plain", "Sanne");
        assertProblem(wrongType, 415);

        assertProblem(api().get("api/v1/nothing-here"), 404);
        assertProblem(api().send("DELETE", "api/v1/auth/token", null, null), 405);

        Reply badPage = api().get("api/v1/organisations?page=twee");
        assertProblem(badPage, 400);
        assertEquals("page", badPage.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertProblem(api().get("api/v1/organisations?size=1000"), 400);
        assertProblem(api().get("api/v1/organisations?province=XX"), 400);
    }

    @Test
    void wrongCredentialsAre401AndRepeatedFailuresAreThrottled() {
        String email = uniqueEmail("raden");
        api().post("api/v1/accounts", registration("Doelwit", email));

        Reply unknown = api().post("api/v1/auth/token", "{\"email\":\"" + uniqueEmail("niemand") + "\",\"password\":\"" + PASSWORD + "\"}");
        assertProblem(unknown, 401);
        assertTrue(unknown.header("WWW-Authenticate").isPresent(), "every 401 names the scheme");

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertProblem(api().post("api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\"fout-" + attempt + "-wachtwoord\"}"), 401);
        }
        Reply throttled = api().post("api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertProblem(throttled, 429);
        long retryAfter = Long.parseLong(throttled.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter);
    }

    @Test
    void protectedEndpointsRefuseTheAnonymousTheForgedAndTheWrongRole() {
        Reply anonymous = api().get("api/v1/me");
        assertProblem(anonymous, 401);
        assertTrue(anonymous.header("WWW-Authenticate").orElse("").startsWith("Bearer"));

        Reply forged = api().withToken("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.").get("api/v1/me");
        assertProblem(forged, 401);
        assertTrue(forged.header("WWW-Authenticate").orElse("").contains("invalid_token"));

        ApiClient learner = api().registerAndSignIn("Leerling", uniqueEmail("learner"), PASSWORD);
        assertProblem(learner.get("api/v1/users"), 403);
        assertProblem(learner.put("api/v1/users/1/roles", "[\"ADMIN\"]"), 403);
        assertProblem(learner.post("api/v1/organisations", "{\"name\":\"X\",\"type\":\"MBO\",\"province\":\"UT\"}"), 403);
        assertProblem(api().post("api/v1/organisations", "{\"name\":\"X\",\"type\":\"MBO\",\"province\":\"UT\"}"), 401);
        // the role rule comes before looking at the input: invalid input does not reveal anything either
        assertProblem(api().post("api/v1/organisations", "{\"name\":\"\"}"), 401);
        assertProblem(learner.post("api/v1/organisations", "{\"name\":\"\"}"), 403);
        assertProblem(learner.get("api/v1/users?page=x"), 403);
        assertEquals(200, learner.get("api/v1/organisations").status(), "the directory is public");
        assertEquals(200, api().get("api/v1/organisations").status());
    }

    @Test
    void grantedAndWithdrawnRolesTakeEffectOnTheNextRequest() {
        String email = uniqueEmail("trainer");
        ApiClient person = api().registerAndSignIn("Marieke", email, PASSWORD);
        long id = person.get("api/v1/me").json().getJsonNumber("id").longValue();
        ApiClient admin = admin();

        Reply granted = admin.put("api/v1/users/" + id + "/roles", "[\"TRAINER\",\"ADMIN\"]");
        assertEquals(200, granted.status(), granted.toString());
        assertEquals(List.of("LEARNER", "TRAINER", "ADMIN"), roles(granted.json()));
        assertEquals(200, person.get("api/v1/users?size=1").status(), "the same token now carries ADMIN");

        Reply withdrawn = admin.put("api/v1/users/" + id + "/roles", "[]");
        assertEquals(List.of("LEARNER"), roles(withdrawn.json()), "LEARNER cannot be withdrawn");
        assertProblem(person.get("api/v1/users"), 403);

        Reply unknownRole = admin.put("api/v1/users/" + id + "/roles", "[\"KING\"]");
        assertProblem(unknownRole, 400);
        assertProblem(admin.put("api/v1/users/999999999/roles", "[]"), 404);
    }

    private static List<String> roles(JsonObject account) {
        return account.getJsonArray("roles").getValuesAs(v -> ((jakarta.json.JsonString) v).getString());
    }

    @Test
    void administratorsFindPeopleAndPlaceThemInOrganisations() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            api().post("api/v1/accounts", registration("Docent " + tag + " " + i, "docent" + i + "-" + tag + "@vo.test"));
        }
        ApiClient admin = admin();
        JsonObject page = admin.get("api/v1/users?q=" + tag + "&page=0&size=2").json();
        assertEquals(3, page.getInt("total"));
        assertEquals(2, page.getJsonArray("items").size());
        assertEquals(0, page.getInt("page"));
        assertEquals(2, page.getInt("size"));
        assertEquals(1, admin.get("api/v1/users?q=" + tag + "&page=1&size=2").json().getJsonArray("items").size());

        long accountId = page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long organisationId = createOrganisation(admin, "Scholengroep " + tag, "SECONDARY_SCHOOL", "FR").getJsonNumber("id").longValue();
        Reply placed = admin.put("api/v1/users/" + accountId + "/organisation", "{\"organisationId\":" + organisationId + "}");
        assertEquals(200, placed.status(), placed.toString());
        assertEquals(organisationId, placed.json().getJsonObject("organisation").getJsonNumber("id").longValue());

        Reply removed = admin.put("api/v1/users/" + accountId + "/organisation", "{\"organisationId\":null}");
        assertEquals(JsonValue.ValueType.NULL, removed.json().get("organisation").getValueType());
        assertProblem(admin.put("api/v1/users/" + accountId + "/organisation", "{\"organisationId\":999999999}"), 422);
    }

    @Test
    void aDeactivatedAccountLosesAccessAtOnceAndCanBeReactivated() {
        String email = uniqueEmail("vertrokken");
        ApiClient person = api().registerAndSignIn("Jeroen", email, PASSWORD);
        long id = person.get("api/v1/me").json().getJsonNumber("id").longValue();
        ApiClient admin = admin();

        Reply deactivated = admin.put("api/v1/users/" + id + "/status", "{\"active\":false}");
        assertEquals(200, deactivated.status(), deactivated.toString());
        assertFalse(deactivated.json().getBoolean("active"));
        assertProblem(person.get("api/v1/me"), 401);
        assertProblem(api().post("api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"), 401);

        assertTrue(admin.put("api/v1/users/" + id + "/status", "{\"active\":true}").json().getBoolean("active"));
        assertEquals(200, person.get("api/v1/me").status());

        long adminId = admin.get("api/v1/me").json().getJsonNumber("id").longValue();
        Reply self = admin.put("api/v1/users/" + adminId + "/status", "{\"active\":false}");
        assertProblem(self, 422);
        assertEquals("account.deactivate-self", self.json().getString("code"));
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPassword() {
        String email = uniqueEmail("wissel");
        ApiClient person = api().registerAndSignIn("Wissel", email, PASSWORD);

        Reply wrongCurrent = person.put("api/v1/me/password", "{\"currentPassword\":\"niet-het-goede\",\"newPassword\":\"nog-langer-wachtwoord\"}");
        assertProblem(wrongCurrent, 422);
        assertEquals("account.current-password.wrong", wrongCurrent.json().getString("code"));
        assertProblem(person.put("api/v1/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"kort\"}"), 400);

        Reply changed = person.put("api/v1/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"nog-langer-wachtwoord\"}");
        assertEquals(204, changed.status(), changed.toString());
        assertProblem(api().post("api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"), 401);
        assertEquals(200, api().post("api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\"nog-langer-wachtwoord\"}").status());
    }

    @Test
    void organisationsAreCreatedUniquePerProvinceAndFoundByFilters() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = admin();
        Reply created = admin.post("api/v1/organisations", "{\"name\":\"Techniekcollege " + tag + "\",\"type\":\"MBO\",\"province\":\"LI\"}");
        assertEquals(201, created.status(), created.toString());
        String location = created.header("Location").orElseThrow();
        assertEquals(created.json(), api().get(location.substring(location.indexOf("api/v1/"))).json());

        Reply duplicate = admin.post("api/v1/organisations", "{\"name\":\"TECHNIEKCOLLEGE " + tag + "\",\"type\":\"MBO\",\"province\":\"LI\"}");
        assertProblem(duplicate, 409);
        assertEquals(201, admin.post("api/v1/organisations", "{\"name\":\"Techniekcollege " + tag + "\",\"type\":\"MBO\",\"province\":\"ZE\"}").status(),
                "the same name in another province is another organisation");
        createOrganisation(admin, "Installatiebedrijf " + tag, "COMPANY_SME", "LI");

        assertEquals(3, api().get("api/v1/organisations?q=" + tag).json().getInt("total"));
        assertEquals(2, api().get("api/v1/organisations?q=" + tag + "&province=LI").json().getInt("total"));
        JsonObject smes = api().get("api/v1/organisations?q=" + tag + "&province=li&type=COMPANY_SME").json();
        assertEquals(1, smes.getInt("total"));
        assertEquals("Installatiebedrijf " + tag, smes.getJsonArray("items").getJsonObject(0).getString("name"));

        Reply invalid = admin.post("api/v1/organisations", "{\"name\":\"\",\"type\":\"CASTLE\",\"province\":\"UT\"}");
        assertProblem(invalid, 400);
        Reply missing = admin.post("api/v1/organisations", "{\"name\":\" \"}");
        assertProblem(missing, 400);
        assertEquals(List.of("name", "province", "type"), List.copyOf(violations(missing).keySet()));
        assertProblem(api().get("api/v1/organisations/999999999"), 404);
    }

    private JsonObject createOrganisation(ApiClient admin, String name, String type, String province) {
        Reply created = admin.post("api/v1/organisations", "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"province\":\"" + province + "\"}");
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }

    @Test
    void healthAndTheContractArePublished() {
        Reply ready = api().get("health/ready");
        assertEquals(200, ready.status(), ready.toString());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertEquals(200, api().get("health/live").status());

        Reply openapi = api().get("openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/auth/token"), "the contract describes the token endpoint");
        assertNotEquals(-1, openapi.body().indexOf("/api/v1/organisations"));
    }
}
