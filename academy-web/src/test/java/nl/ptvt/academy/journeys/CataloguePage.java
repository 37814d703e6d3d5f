package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /catalogus: the public catalogue, and the course page a result leads to. */
class CataloguePage extends Page {

    CataloguePage(WebDriver browser, String base) {
        super(browser, base);
    }

    CataloguePage open() {
        browser.get(base + "/catalogus");
        return this;
    }

    CataloguePage search(String query) {
        type("q", query);
        find("search-submit").click();
        await().until(driver -> driver.getCurrentUrl().contains("q="));
        return this;
    }

    List<String> resultTitles() {
        return browser.findElements(By.cssSelector(".course-card__title a")).stream().map(WebElement::getText).toList();
    }

    /** Follows a result to its course page and returns that page's text. */
    String openCourse(String title) {
        browser.findElement(By.linkText(title)).click();
        await().until(driver -> driver.getCurrentUrl().contains("/cursus/"));
        return text();
    }
}
