package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /mijn-academy: the learner's courses in progress, waiting, refused and completed. */
class MyAcademyPage extends Page {

    MyAcademyPage(WebDriver browser, String base) {
        super(browser, base);
    }

    MyAcademyPage open() {
        browser.get(base + "/mijn-academy");
        return this;
    }

    /** Follows "Mijn Academy" in the header. */
    MyAcademyPage openFromHeader() {
        find("nav-my-academy").click();
        await().until(driver -> driver.getCurrentUrl().contains("/mijn-academy"));
        return this;
    }

    /** The text of each item of a group: active, pending, completed or withdrawn. */
    List<String> courses(String group) {
        return browser.findElements(By.cssSelector("#" + group + "-courses > li")).stream().map(WebElement::getText).toList();
    }

    String emptyState() {
        return find("dashboard-empty").getText();
    }

    /** "Verder" on the card of a course in progress. */
    LessonPlayerPage continueWith(String title) {
        WebElement card = browser.findElements(By.cssSelector("#active-courses > li")).stream()
                .filter(item -> item.getText().contains(title)).findFirst().orElseThrow();
        card.findElement(By.cssSelector(".learning-card__actions a")).click();
        await().until(driver -> driver.getCurrentUrl().contains("/leren"));
        return new LessonPlayerPage(browser, base);
    }
}
