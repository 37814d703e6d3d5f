package nl.ptvt.academy.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** /auteur/cursus-nieuw: the details of a new course; saving opens the editor. */
class NewCoursePage extends Page {

    NewCoursePage(WebDriver browser, String base) {
        super(browser, base);
    }

    NewCoursePage open() {
        browser.get(base + "/auteur/cursus-nieuw");
        return this;
    }

    /** @param format the format's code, such as {@code E_LEARNING} */
    CourseEditorPage create(String title, String summary, String description, String format) {
        fill(title, summary, description, format);
        find("course:save").click();
        await().until(driver -> driver.getCurrentUrl().contains("/auteur/cursus?id="));
        return new CourseEditorPage(browser, base);
    }

    /** Submits and stays on the page (when the server refuses the input). */
    NewCoursePage createRefused(String title, String summary, String format) {
        fill(title, summary, null, format);
        find("course:save").click();
        await().until(driver -> !driver.findElements(By.cssSelector(".ui-message-error")).isEmpty());
        return this;
    }

    private void fill(String title, String summary, String description, String format) {
        type("course:title", title);
        type("course:summary", summary);
        if (description != null) {
            find("course:description").findElement(By.cssSelector(".ql-editor")).sendKeys(description);
        }
        new Select(find("course:format")).selectByValue(format);
    }
}
