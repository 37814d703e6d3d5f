package nl.ptvt.academy.journeys;

import org.openqa.selenium.WebDriver;

/** /mijn-account */
class MyAccountPage extends Page {

    MyAccountPage(WebDriver browser, String base) {
        super(browser, base);
    }

    MyAccountPage open() {
        browser.get(base + "/mijn-account");
        return this;
    }

    String name() {
        return find("account-name").getText();
    }

    String roles() {
        return find("account-roles").getText();
    }
}
