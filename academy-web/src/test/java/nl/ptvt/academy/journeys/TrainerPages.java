package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /trainer/sessies and /trainer/sessie?id=: a trainer's sessions, and one session's participants and attendance. */
class TrainerPages extends Page {

    TrainerPages(WebDriver browser, String base) {
        super(browser, base);
    }

    TrainerPages openSessions() {
        browser.get(base + "/trainer/sessies");
        find("main");
        return this;
    }

    /** The course titles of the sessions in the table with this id ({@code recent-sessions}, {@code upcoming-sessions}). */
    List<String> sessionTitles(String tableId) {
        return find(tableId).findElements(By.cssSelector("a.session-link")).stream().map(WebElement::getText).toList();
    }

    /** Opens a session from the list by its course title. */
    TrainerPages choose(String tableId, String courseTitle) {
        find(tableId).findElement(By.linkText(courseTitle)).click();
        await().until(driver -> driver.getCurrentUrl().contains("/trainer/sessie?id="));
        return this;
    }

    TrainerPages openSession(long sessionId) {
        browser.get(base + "/trainer/sessie?id=" + sessionId);
        return this;
    }

    /** Chooses ATTENDED or NO_SHOW in the participant's row. */
    void mark(long bookingId, String attendance) {
        row(bookingId).findElement(By.cssSelector("input[type=radio][value='" + attendance + "']")).click();
    }

    boolean isMarked(long bookingId, String attendance) {
        return row(bookingId).findElement(By.cssSelector("input[type=radio][value='" + attendance + "']")).isSelected();
    }

    void save() {
        find("attendance:save").click();
        find("messages");
    }

    String status() {
        return find("session-status").getText();
    }

    String messages() {
        return find("messages").getText();
    }

    /** The address of the sign-in sheet link. */
    String signInSheetAddress() {
        return find("sign-in-sheet").getAttribute("href");
    }

    /** Starts issuing certificates for all attendees, and waits for the job to finish: its final status text. */
    String issueCertificates() {
        return startJob("certificates:issue");
    }

    /** An administrator starts the session's ZIP and waits for it: its final status text. */
    String makeCertificatesZip() {
        return startJob("certificates:zip");
    }

    boolean offersCertificates() {
        return !browser.findElements(By.id("certificates-heading")).isEmpty();
    }

    boolean offersZip() {
        return !browser.findElements(By.id("certificates:zip")).isEmpty();
    }

    private WebElement row(long bookingId) {
        return find("participants").findElement(By.cssSelector("tr.participant[data-booking='" + bookingId + "']"));
    }
}
