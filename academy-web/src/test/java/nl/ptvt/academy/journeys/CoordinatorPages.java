package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The coordinators' pages: /coordinator/voortgang (counts per course, drill-down), /coordinator/inschrijven (enrol
 * colleagues by address) and /coordinator/goedkeuren (decide on requests).
 */
class CoordinatorPages extends Page {

    CoordinatorPages(WebDriver browser, String base) {
        super(browser, base);
    }

    /** Follows "Coördinatie" in the header. */
    CoordinatorPages openFromHeader() {
        find("nav-coordination").click();
        await().until(driver -> driver.getCurrentUrl().contains("/coordinator/voortgang"));
        return this;
    }

    CoordinatorPages openProgress() {
        browser.get(base + "/coordinator/voortgang");
        return this;
    }

    /** The row of a course in the table of counts. */
    String counts(String courseTitle) {
        return courseRow(courseTitle).getText();
    }

    private WebElement courseRow(String courseTitle) {
        return await().until(driver -> driver.findElements(By.cssSelector("#course-counts tbody tr")).stream()
                .filter(row -> row.getText().contains(courseTitle)).findFirst().orElse(null));
    }

    /** "Deelnemers bekijken" for a course: the people of the organisation in it. */
    LearnerReport learners(String courseTitle) {
        courseRow(courseTitle).findElement(By.tagName("button")).click();
        await().until(driver -> !driver.findElements(By.id("drilldown")).isEmpty());
        return new LearnerReport(browser, base);
    }

    CoordinatorPages openBulkEnrolment() {
        browser.get(base + "/coordinator/inschrijven");
        return this;
    }

    /** Enrols the addresses (as typed in the text area) and returns each result row as "address outcome status". */
    List<String> enrol(String courseTitle, String addresses) {
        new Select(find("bulk:course")).selectByVisibleText(courseTitle);
        type("bulk:addresses", addresses);
        find("bulk:enrol").click();
        await().until(driver -> !driver.findElements(By.id("bulk-result")).isEmpty()
                || !driver.findElements(By.cssSelector(".form-message--error")).isEmpty());
        return browser.findElements(By.cssSelector("#bulk-result tbody tr")).stream().map(WebElement::getText).toList();
    }

    CoordinatorPages openApprovals() {
        browser.get(base + "/coordinator/goedkeuren");
        return this;
    }

    List<String> requests() {
        return browser.findElements(By.cssSelector("[id='approvals:table_data'] > tr")).stream().map(WebElement::getText).toList();
    }

    /** "Beslissen" on a person's request, then refuses it with a reason; returns the confirmation. */
    String refuse(String name, String reason) {
        WebElement row = browser.findElements(By.cssSelector("[id='approvals:table_data'] > tr")).stream()
                .filter(candidate -> candidate.getText().contains(name)).findFirst().orElseThrow();
        row.findElement(By.tagName("button")).click();
        type("decision:reason", reason);
        find("decision:refuse").click();
        return waitForText("is afgewezen");
    }
}
