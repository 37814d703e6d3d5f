package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** /coordinator/boeken: book colleagues on a session, see the outcome per address, cancel the organisation's bookings. */
class SessionBookingPage extends Page {

    SessionBookingPage(WebDriver browser, String base) {
        super(browser, base);
    }

    /** Follows "Collega's boeken" in the coordination sub-navigation. */
    SessionBookingPage openFromSubNavigation() {
        find("nav-book").click();
        await().until(driver -> driver.getCurrentUrl().contains("/coordinator/boeken"));
        return this;
    }

    /** Chooses the session whose label starts with the course's title; the organisation's bookings appear below. */
    SessionBookingPage choose(String courseTitle) {
        Select sessions = new Select(find("booking:session"));
        WebElement option = sessions.getOptions().stream().filter(candidate -> candidate.getText().startsWith(courseTitle))
                .findFirst().orElseThrow(() -> new AssertionError(courseTitle + " is not among the sessions"));
        sessions.selectByVisibleText(option.getText());
        await().until(driver -> !driver.findElements(By.id("booked")).isEmpty());
        return this;
    }

    /** Ticks colleagues by name and books them; returns each result row ("address outcome"). */
    List<String> book(List<String> names) {
        for (String name : names) {
            find("booking:members").findElements(By.tagName("label")).stream().filter(label -> label.getText().startsWith(name))
                    .findFirst().orElseThrow(() -> new AssertionError(name + " is not in the list")).click();
        }
        find("booking:book").click();
        await().until(driver -> !driver.findElements(By.id("booking-result")).isEmpty()
                || !driver.findElements(By.cssSelector(".form-message--error")).isEmpty());
        return browser.findElements(By.cssSelector("#booking-result tbody tr")).stream().map(WebElement::getText).toList();
    }

    /** The organisation's bookings of the chosen session: "name address status". */
    List<String> booked() {
        find("booked");
        return browser.findElements(By.cssSelector("#booked tbody tr")).stream().map(WebElement::getText).toList();
    }

    /** "Annuleren" in the person's row, then "Ja, annuleren" in the confirmation; waits for the page to come back. */
    void cancel(String name) {
        WebElement row = browser.findElements(By.cssSelector("#booked tbody tr")).stream()
                .filter(candidate -> candidate.getText().startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " has no booking in the list"));
        row.findElement(By.tagName("button")).click();
        find("cancel-yes").click();
        waitForText("De boeking is geannuleerd.");
    }
}
