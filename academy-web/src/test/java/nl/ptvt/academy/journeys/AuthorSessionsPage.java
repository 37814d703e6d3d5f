package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /auteur/uitvoeringen?cursus=: an author schedules and cancels the sessions of a course. */
class AuthorSessionsPage extends Page {

    AuthorSessionsPage(WebDriver browser, String base) {
        super(browser, base);
    }

    AuthorSessionsPage open(long courseId) {
        browser.get(base + "/auteur/uitvoeringen?cursus=" + courseId);
        find("main");
        return this;
    }

    /** Sets an input's value as the browser's date and time pickers would (typing into them depends on the locale). */
    void set(String field, String value) {
        WebElement input = find("schedule:" + field);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    void fill(String field, String text) {
        type("schedule:" + field, text);
    }

    void chooseProvince(String code) {
        new org.openqa.selenium.support.ui.Select(find("schedule:venueProvince")).selectByValue(code);
    }

    void save() {
        submit(find("schedule:save"));
    }

    /** The messages shown for one input. */
    String messagesOf(String field) {
        List<WebElement> block = browser.findElements(By.id(field + "-messages"));
        return block.isEmpty() ? "" : block.get(0).getText();
    }

    List<String> sessionRows() {
        return browser.findElements(By.cssSelector("#session-table tr.session-row")).stream().map(WebElement::getText).toList();
    }

    void askToCancel(long sessionId) {
        submit(find("session-table").findElement(By.cssSelector("tr.session-row[data-session='" + sessionId + "'] input[type=submit]")));
        find("confirm-cancel");
    }

    void confirmCancel(String reason) {
        type("cancel:reason", reason);
        submit(find("cancel:yes"));
    }

    /** Clicks a submit button and waits for the page that answers the post. */
    private void submit(WebElement button) {
        button.click();
        await().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(button));
        find("main");
    }

    String messages() {
        return find("messages").getText();
    }
}
