package nl.ptvt.academy.journeys;

import org.openqa.selenium.WebDriver;

/** /registreren */
class RegistrationPage extends Page {

    RegistrationPage(WebDriver browser, String base) {
        super(browser, base);
    }

    RegistrationPage open() {
        browser.get(base + "/registreren");
        return this;
    }

    LoginPage register(String name, String email, String password) {
        fill(name, email, password, password);
        find("register:submit").click();
        await().until(driver -> driver.getCurrentUrl().contains("/inloggen"));
        return new LoginPage(browser, base);
    }

    /** Submits and stays on the page (when the server refuses the input). */
    RegistrationPage registerRefused(String name, String email, String password, String repeat) {
        fill(name, email, password, repeat);
        find("register:submit").click();
        return this;
    }

    String typedEmail() {
        return find("register:email").getAttribute("value");
    }

    private void fill(String name, String email, String password, String repeat) {
        type("register:name", name);
        type("register:email", email);
        type("register:password", password);
        type("register:passwordRepeat", repeat);
    }
}
