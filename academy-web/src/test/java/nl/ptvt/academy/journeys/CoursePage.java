package nl.ptvt.academy.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /cursus/{slug}: a course's page, with its enrolment box for a published e-learning course. */
class CoursePage extends Page {

    CoursePage(WebDriver browser, String base) {
        super(browser, base);
    }

    CoursePage open(String slug) {
        browser.get(base + "/cursus/" + slug);
        return this;
    }

    /** The text of the enrolment box ("Inschrijven", "Wacht op goedkeuring", "Afgerond", …). */
    String enrolment() {
        return find("enrolment").getText();
    }

    /** A visitor who is not signed in: "Inloggen en inschrijven" leads to the login page. */
    LoginPage loginToEnrol() {
        find("enrol-login").click();
        await().until(driver -> driver.getCurrentUrl().contains("/inloggen"));
        return new LoginPage(browser, base);
    }

    /** A visitor without an account: "Account aanmaken" leads to the registration (and back here afterwards). */
    RegistrationPage registerToEnrol() {
        find("enrol-register").click();
        await().until(driver -> driver.getCurrentUrl().contains("/registreren"));
        return new RegistrationPage(browser, base);
    }

    /** One click; an open course continues in the lesson player. */
    LessonPlayerPage enrol() {
        find("enrol-form:enrol").click();
        await().until(driver -> driver.getCurrentUrl().contains("/leren"));
        return new LessonPlayerPage(browser, base);
    }

    /** One click on a course that asks for approval: the page comes back with the request waiting. */
    CoursePage enrolAwaitingApproval() {
        find("enrol-form:enrol").click();
        await().until(driver -> !driver.findElements(By.id("enrolment-pending")).isEmpty());
        return this;
    }

    /** "Uitschrijven": the page comes back offering "Inschrijven" again. */
    CoursePage withdraw() {
        find("withdraw-form:withdraw").click();
        await().until(driver -> !driver.findElements(By.id("enrol-form:enrol")).isEmpty());
        return this;
    }
}
