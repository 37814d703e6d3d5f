package nl.ptvt.academy.journeys;

import org.openqa.selenium.WebDriver;

/** /inloggen */
class LoginPage extends Page {

    LoginPage(WebDriver browser, String base) {
        super(browser, base);
    }

    LoginPage open() {
        browser.get(base + "/inloggen");
        return this;
    }

    String prefilledEmail() {
        return find("login:email").getAttribute("value");
    }

    /** Logs in; the browser goes on to wherever the Academy sends it. */
    void logIn(String email, String password) {
        type("login:email", email);
        type("login:password", password);
        String loginUrl = browser.getCurrentUrl();
        find("login:submit").click();
        await().until(driver -> !driver.getCurrentUrl().equals(loginUrl) || !driver.findElements(org.openqa.selenium.By.cssSelector(".form-message--error")).isEmpty());
    }
}
