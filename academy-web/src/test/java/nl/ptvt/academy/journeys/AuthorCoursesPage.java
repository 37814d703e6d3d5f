package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /auteur/cursussen: an author's courses with their status, and the way to a new one. */
class AuthorCoursesPage extends Page {

    AuthorCoursesPage(WebDriver browser, String base) {
        super(browser, base);
    }

    AuthorCoursesPage open() {
        browser.get(base + "/auteur/cursussen");
        return this;
    }

    /** Follows "Auteursomgeving" in the header. */
    AuthorCoursesPage openFromHeader() {
        find("nav-authoring").click();
        await().until(driver -> driver.getCurrentUrl().contains("/auteur/cursussen"));
        return this;
    }

    List<WebElement> rows() {
        return browser.findElements(By.cssSelector("[id='courses:table_data'] > tr[data-ri]"));
    }

    /** The text of the row of the course with this title. */
    String row(String title) {
        return await().until(driver -> rows().stream().map(WebElement::getText).filter(text -> text.contains(title)).findFirst().orElse(null));
    }

    String emptyMessage() {
        return find("courses:table_data").getText();
    }

    NewCoursePage newCourse() {
        find("new-course").click();
        await().until(driver -> driver.getCurrentUrl().contains("/auteur/cursus-nieuw"));
        return new NewCoursePage(browser, base);
    }

    CourseEditorPage edit(String title) {
        row(title);
        WebElement row = rows().stream().filter(candidate -> candidate.getText().contains(title)).findFirst().orElseThrow();
        row.findElement(By.tagName("a")).click();
        await().until(driver -> driver.getCurrentUrl().contains("/auteur/cursus?id="));
        return new CourseEditorPage(browser, base);
    }
}
