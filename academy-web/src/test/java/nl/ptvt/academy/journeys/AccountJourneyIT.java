package nl.ptvt.academy.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ptvt.academy.testing.ApiClient;
import nl.ptvt.academy.testing.IntegrationTestServer;
import org.junit.jupiter.api.Test;

/**
 * The account journeys in headless Chromium against the Academy on Payara Micro with MariaDB: a teacher
 * registers, logs in, sees their name and reads the site in English; protected pages send visitors to the login
 * and back, and refuse those without the role; an administrator grants a role.
 */
class AccountJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "techniek-is-leuk-2026";

    private static String uniqueEmail() {
        return "femke-" + UUID.randomUUID().toString().substring(0, 8) + "@basisschool.test";
    }

    @Test
    void aTeacherRegistersLogsInSeesTheirNameAndSwitchesToEnglish() {
        String email = uniqueEmail();
        LoginPage login = new RegistrationPage(browser, base).open().register("Femke Visser", email, PASSWORD);
        assertEquals(email, login.prefilledEmail(), "the login form remembers who just registered");

        login.logIn(email, PASSWORD);
        MyAccountPage home = new MyAccountPage(browser, base);
        assertEquals("Femke Visser", home.signedInName());
        assertEquals("nl", home.language());
        assertTrue(home.text().contains("Mijn account"), home.text());

        home.switchLanguage("en");
        assertEquals("en", home.language());
        assertTrue(home.text().contains("My account"), home.text());
        assertEquals("Femke Visser", home.signedInName());

        MyAccountPage account = new MyAccountPage(browser, base).open();
        assertEquals("en", account.language(), "the choice of language stays for the session");
        assertEquals("Femke Visser", account.name());
        account.switchLanguage("nl");
        assertEquals("Deelnemer", account.roles());
    }

    @Test
    void theServerRefusesBadInputWithDutchFieldMessages() {
        RegistrationPage registration = new RegistrationPage(browser, base).open()
                .registerRefused("Femke", "geen-adres", "kort", "anders");
        String text = registration.waitForText("Dit is geen geldig e-mailadres");
        assertTrue(text.contains("Dit is geen geldig e-mailadres"), text);
        assertTrue(text.contains("Het wachtwoord moet tussen 10 en 128 tekens lang zijn"), text);
        assertTrue(browser.getCurrentUrl().contains("/registreren"), "nothing was registered");
        assertEquals("geen-adres", registration.typedEmail(), "what was typed is kept for correcting");
    }

    @Test
    void aProtectedPageSendsAVisitorToTheLoginAndBackAndRefusesTheWrongRole() {
        String email = uniqueEmail();
        new RegistrationPage(browser, base).open().register("Femke Visser", email, PASSWORD);
        browser.manage().deleteAllCookies();

        browser.get(base + "/mijn-account");
        assertTrue(browser.getCurrentUrl().contains("/inloggen"), browser.getCurrentUrl());
        new LoginPage(browser, base).logIn(email, PASSWORD);
        MyAccountPage account = new MyAccountPage(browser, base);
        assertTrue(browser.getCurrentUrl().endsWith("/mijn-account"), "back on the page asked for: " + browser.getCurrentUrl());
        assertEquals("Femke Visser", account.name());

        browser.get(base + "/admin/gebruikers");
        assertEquals("U hebt geen toegang tot deze pagina", account.heading(), "a learner is refused the admin pages");
    }

    @Test
    void everyPageMeetsWcag21AaForEachAudience() {
        List<String> problems = new ArrayList<>();
        for (String page : List.of("/", "/inloggen", "/registreren", "/bestaat-niet")) {
            problems.addAll(Accessibility.check(browser, base + page));
        }
        LoginPage refused = new LoginPage(browser, base).open();
        refused.logIn("niemand@basisschool.test", "niet-het-goede-wachtwoord");
        assertTrue(refused.waitForText("klopt niet").contains("Na vijf mislukte pogingen"), "the refusal is shown");
        problems.addAll(Accessibility.check(browser, null));
        String email = uniqueEmail();
        new RegistrationPage(browser, base).open().register("Femke Visser", email, PASSWORD).logIn(email, PASSWORD);
        problems.addAll(Accessibility.check(browser, base + "/mijn-account"));
        problems.addAll(Accessibility.check(browser, base + "/admin/gebruikers"));
        browser.manage().deleteAllCookies();
        new LoginPage(browser, base).open().logIn(IntegrationTestServer.ADMIN_EMAIL, IntegrationTestServer.ADMIN_PASSWORD);
        problems.addAll(Accessibility.check(browser, base + "/admin/gebruikers"));
        problems.addAll(Accessibility.check(browser, base + "/admin/organisaties"));
        new RegistrationPage(browser, base).open().registerRefused("", "geen-adres", "kort", "x").waitForText("Dit is geen geldig e-mailadres");
        problems.addAll(Accessibility.check(browser, null));
        assertEquals(List.of(), problems);
    }

    @Test
    void aWithdrawnRoleOrADeactivatedAccountEndsThePageSession() {
        String email = uniqueEmail();
        new RegistrationPage(browser, base).open().register("Femke Visser", email, PASSWORD);
        ApiClient admin = ApiClient.at(deployment).signIn(IntegrationTestServer.ADMIN_EMAIL, IntegrationTestServer.ADMIN_PASSWORD);
        long id = ApiClient.at(deployment).signIn(email, PASSWORD).get("api/v1/me").json().getJsonNumber("id").longValue();
        assertEquals(200, admin.put("api/v1/users/" + id + "/roles", "[\"ADMIN\"]").status());

        new LoginPage(browser, base).open().logIn(email, PASSWORD);
        UserAdministrationPage users = new UserAdministrationPage(browser, base).open();
        assertEquals("Gebruikers beheren", users.heading(), "allowed while an administrator");

        assertEquals(200, admin.put("api/v1/users/" + id + "/roles", "[]").status());
        users.open();
        assertTrue(browser.getCurrentUrl().contains("/inloggen"), "signed out at once: " + browser.getCurrentUrl());
        assertTrue(users.text().contains("U bent afgemeld"), users.text());

        new LoginPage(browser, base).logIn(email, PASSWORD);
        MyAccountPage account = new MyAccountPage(browser, base).open();
        assertEquals("Femke Visser", account.name());
        assertEquals(200, admin.put("api/v1/users/" + id + "/status", "{\"active\":false}").status());
        account.open();
        assertTrue(browser.getCurrentUrl().contains("/inloggen"), "a deactivated account is signed out: " + browser.getCurrentUrl());
    }

    @Test
    void theSessionIdChangesAtLogin() {
        String email = uniqueEmail();
        new RegistrationPage(browser, base).open().register("Femke Visser", email, PASSWORD);
        String before = browser.manage().getCookieNamed("JSESSIONID").getValue();
        new LoginPage(browser, base).logIn(email, PASSWORD);
        assertEquals("Femke Visser", new MyAccountPage(browser, base).signedInName());
        assertNotEquals(before, browser.manage().getCookieNamed("JSESSIONID").getValue(), "no session fixation");
    }

    @Test
    void anAdministratorFindsSomeoneAndMakesThemTrainer() {
        String email = uniqueEmail();
        new RegistrationPage(browser, base).open().register("Femke Visser", email, PASSWORD);

        new LoginPage(browser, base).open().logIn(IntegrationTestServer.ADMIN_EMAIL, IntegrationTestServer.ADMIN_PASSWORD);
        UserAdministrationPage users = new UserAdministrationPage(browser, base).open().search(email);
        assertTrue(users.firstRow().contains("Femke Visser"), users.firstRow());

        users.grantRole("Trainer");
        assertTrue(users.firstRow().contains("Trainer"), users.firstRow());

        browser.manage().deleteAllCookies();
        new LoginPage(browser, base).open().logIn(email, PASSWORD);
        assertEquals("Deelnemer, Trainer", new MyAccountPage(browser, base).open().roles());
    }
}
