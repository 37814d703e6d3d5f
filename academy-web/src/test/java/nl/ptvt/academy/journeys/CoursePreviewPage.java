package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /auteur/voorbeeld?id=…: the course as a learner will see it. */
class CoursePreviewPage extends Page {

    CoursePreviewPage(WebDriver browser, String base) {
        super(browser, base);
    }

    CoursePreviewPage open(long courseId) {
        browser.get(base + "/auteur/voorbeeld?id=" + courseId);
        return this;
    }

    List<String> lessonTitles() {
        return browser.findElements(By.cssSelector(".preview-lesson h4")).stream().map(WebElement::getText).toList();
    }

    List<String> questions() {
        return browser.findElements(By.cssSelector(".quiz-question legend")).stream().map(WebElement::getText).toList();
    }

    /** The answer options shown, each with whether it can be chosen (in a preview: never). */
    List<String> options() {
        return browser.findElements(By.cssSelector(".quiz-question .checkbox-field")).stream()
                .map(option -> option.getText() + (option.findElement(By.tagName("input")).isEnabled() ? " (kiesbaar)" : ""))
                .toList();
    }

    CourseEditorPage backToEditor() {
        find("main").findElement(By.partialLinkText("Terug naar de editor")).click();
        await().until(driver -> driver.getCurrentUrl().contains("/auteur/cursus?id="));
        return new CourseEditorPage(browser, base);
    }
}
