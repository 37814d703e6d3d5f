package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The table of a course's learners with its filters and CSV link, as the authors' page {@code /auteur/deelnemers}
 * and the coordinators' drill-down show it.
 */
class LearnerReport extends Page {

    LearnerReport(WebDriver browser, String base) {
        super(browser, base);
    }

    LearnerReport openForAuthor(long courseId) {
        browser.get(base + "/auteur/deelnemers?cursus=" + courseId);
        return this;
    }

    List<String> rows() {
        return await().until(driver -> driver.findElements(By.cssSelector("[id='report:learners_data'] > tr"))
                .stream().map(WebElement::getText).toList());
    }

    /** Filters on a status (its Dutch label, or "Alle statussen") and a part of a name or address. */
    LearnerReport filter(String status, String query) {
        new Select(find("report:status")).selectByVisibleText(status);
        type("report:query", query);
        String before = find("report:learners_data").getText();
        find("report:filter").click();
        await().until(driver -> !find("report:learners_data").getText().equals(before));
        return this;
    }

    String csvAddress() {
        return find("csv").getAttribute("href");
    }
}
