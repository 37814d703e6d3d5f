package nl.ptvt.academy.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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
    /** "Uitschrijven", confirmed in the dialog: the page comes back offering to enrol again. */
    CoursePage withdraw() {
        askToWithdraw().findElement(By.id("withdraw-yes")).click();
        await().until(driver -> !driver.findElements(By.id("enrol-form:enrol")).isEmpty());
        return this;
    }

    /** "Uitschrijven", then "Nee" in the dialog; returns the dialog's question once it has closed. */
    String cancelWithdrawal() {
        WebElement dialog = askToWithdraw();
        String question = dialog.getText();
        dialog.findElement(By.id("withdraw-no")).click();
        await().until(driver -> !dialog.isDisplayed());
        return question;
    }

    private WebElement askToWithdraw() {
        find("withdraw-form:withdraw").click();
        return await().until(driver -> driver.findElements(By.cssSelector(".ui-confirm-dialog")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** The text of the sessions box of a webinar, workshop or training ("Boeken", "Geboekt", the waiting list, …). */
    String sessions() {
        return find("sessions").getText();
    }

    /** "Boeken" on the (only) session of the course; the page comes back with the outcome. */
    String bookSession() {
        find("sessions").findElement(By.cssSelector("button[id$='book-form:book']")).click();
        await().until(driver -> text().contains("Je bent geboekt.") || text().contains("Je staat op de wachtlijst ("));
        return text();
    }

    /** "Annuleren" on the person's booking, confirmed in the dialog; the page comes back offering "Boeken" again. */
    String cancelSession() {
        find("sessions").findElement(By.cssSelector("button[id$='cancel-form:cancel']")).click();
        find("cancel-yes").click();
        return waitForText("Je boeking is geannuleerd.");
    }
}
