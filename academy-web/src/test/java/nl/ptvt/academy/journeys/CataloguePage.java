package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

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

    /** Chooses an option of a filter or the sort order by its value ("" for all) and searches; waits for the new address. */
    CataloguePage choose(String selectId, String value) {
        new Select(find(selectId)).selectByValue(value);
        String before = browser.getCurrentUrl();
        find("search-submit").click();
        await().until(driver -> !driver.getCurrentUrl().equals(before));
        return this;
    }

    /** The names a filter offers (without "all"). */
    List<String> options(String selectId) {
        return new Select(find(selectId)).getOptions().stream().filter(option -> !option.getAttribute("value").isEmpty())
                .map(WebElement::getText).toList();
    }

    String resultsCount() {
        return find("results-count").getText();
    }

    /** Follows the link to a page of the results. */
    CataloguePage page(int number) {
        browser.findElement(By.cssSelector("a.pager__page[href*='page=" + number + "']")).click();
        await().until(driver -> driver.getCurrentUrl().contains("page=" + number));
        return this;
    }

    /** The alternative texts of the pictures on the result cards, in card order. */
    List<String> pictureTexts() {
        return browser.findElements(By.cssSelector(".course-card__image")).stream().map(image -> image.getAttribute("alt")).toList();
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
