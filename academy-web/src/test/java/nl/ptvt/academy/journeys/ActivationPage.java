package nl.ptvt.academy.journeys;

import org.openqa.selenium.WebDriver;

/** /activeren?code=… , the link in an invitation mail. */
class ActivationPage extends Page {

    ActivationPage(WebDriver browser, String base) {
        super(browser, base);
    }

    /** Opens the path and query of the mailed link on the server under test. */
    ActivationPage open(String pathAndQuery) {
        browser.get(base + pathAndQuery);
        return this;
    }

    String invitedEmail() {
        return find("activation-email").getText();
    }

    String refusal() {
        return find("activation-refused").getText();
    }

    /** Submits and stays on the page (when the server refuses the input). */
    ActivationPage activateRefused(String name, String password, String repeat) {
        fill(name, password, repeat);
        find("activate:submit").click();
        return this;
    }

    LoginPage activate(String name, String password) {
        fill(name, password, password);
        find("activate:submit").click();
        await().until(driver -> driver.getCurrentUrl().contains("/inloggen"));
        return new LoginPage(browser, base);
    }

    private void fill(String name, String password, String repeat) {
        type("activate:name", name);
        type("activate:password", password);
        type("activate:passwordRepeat", repeat);
    }
}
