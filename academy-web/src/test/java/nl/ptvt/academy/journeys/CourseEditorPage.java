package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** /auteur/cursus?id=…: a course's details, its modules and lessons, publishing and the publication history. */
class CourseEditorPage extends Page {

    CourseEditorPage(WebDriver browser, String base) {
        super(browser, base);
    }

    CourseEditorPage open(long courseId) {
        browser.get(base + "/auteur/cursus?id=" + courseId);
        return this;
    }

    long courseId() {
        String url = browser.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** "Deelnemers": the course's learners with their progress. */
    LearnerReport learners() {
        find("learners").click();
        await().until(driver -> driver.getCurrentUrl().contains("/auteur/deelnemers"));
        return new LearnerReport(browser, base);
    }

    String versionLine() {
        return find("version-line").getText();
    }

    String outline() {
        return find("outline").getText();
    }

    CourseEditorPage addModule(String title) {
        type("module:moduleTitle", title);
        find("module:add").click();
        await().until(driver -> outline().contains(title));
        return this;
    }

    CourseEditorPage addTextLesson(String title, String body) {
        chooseLessonKind("TEXT");
        type("lesson:title", title);
        find("lesson:body").findElement(By.cssSelector(".ql-editor")).sendKeys(body);
        return submitLesson(title);
    }

    /** A quiz of one question; {@code correct} is the index of the right option, or -1 for none. */
    CourseEditorPage addQuiz(String title, String question, List<String> options, int correct) {
        fillQuiz(title, question, options, correct);
        return submitLesson(title);
    }

    /** Fills in a quiz and submits it; the server refuses it, the page shows why. */
    String addQuizRefused(String title, String question, List<String> options, int correct) {
        fillQuiz(title, question, options, correct);
        find("lesson:add").click();
        return await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lesson-messages .form-message--error"))).getText();
    }

    /** Ticks the option as the correct one and adds the lesson as it was filled in before. */
    CourseEditorPage markCorrectAndAdd(int option, String title) {
        WebElement box = find("lesson:questions:0:options:" + option + ":correct");
        if (!box.isSelected()) {
            box.click();
        }
        return submitLesson(title);
    }

    void chooseLessonKind(String kind) {
        new Select(find("lesson:kind")).selectByValue(kind);
        String waitFor = switch (kind) {
            case "QUIZ" -> "lesson:passMark";
            case "VIDEO" -> "lesson:videoUrl";
            default -> "lesson:body";
        };
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id(waitFor)));
    }

    private void fillQuiz(String title, String question, List<String> options, int correct) {
        chooseLessonKind("QUIZ");
        type("lesson:title", title);
        type("lesson:questions:0:text", question);
        for (int i = 0; i < options.size(); i++) {
            if (i >= 2) {
                find("lesson:questions:0:add-option").click();
                int index = i;
                await().until(ExpectedConditions.visibilityOfElementLocated(By.id("lesson:questions:0:options:" + index + ":text")));
            }
            type("lesson:questions:0:options:" + i + ":text", options.get(i));
            if (i == correct) {
                find("lesson:questions:0:options:" + i + ":correct").click();
            }
        }
    }

    private CourseEditorPage submitLesson(String title) {
        find("lesson:add").click();
        await().until(driver -> outline().contains(title));
        return this;
    }

    CoursePreviewPage preview() {
        find("preview").click();
        await().until(driver -> driver.getCurrentUrl().contains("/auteur/voorbeeld"));
        return new CoursePreviewPage(browser, base);
    }

    /** Publishes after confirming, and returns the message that says which version was published. */
    String publish() {
        find("publication:publish").click();
        WebElement yes = await().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        yes.click();
        return await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#publication-messages .form-message"))).getText();
    }

    /** The rows of the publication history, as text ("1 Gepubliceerd 29 november 2026 om 03:12"). */
    List<String> history() {
        return find("publication:history").findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
    }

    boolean canArchive() {
        return !browser.findElements(By.id("publication:archive")).isEmpty();
    }
}
