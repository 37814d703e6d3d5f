package nl.ptvt.academy.journeys;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
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
            case "FILE" -> "lesson:file";
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

    /** Adds a FILE lesson: the file is uploaded as soon as it is chosen, and its name shown before the lesson is added. */
    CourseEditorPage addFileLesson(String title, Path file) {
        chooseLessonKind("FILE");
        type("lesson:title", title);
        browser.findElement(By.id("lesson:file_input")).sendKeys(file.toAbsolutePath().toString());
        await().until(driver -> find("lesson:file-chosen").getText().contains(file.getFileName().toString()));
        return submitLesson(title);
    }

    /** The titles of a module's lessons, in the order the outline shows them. */
    List<String> lessonTitles(int module) {
        return await().until(driver -> driver.findElements(By.cssSelector("[id='outline:modules:" + module + ":lessons_data'] > tr .outline__title"))
                .stream().map(WebElement::getText).toList());
    }

    /** The keyboard alternative to dragging: a lesson's "Les omhoog" ({@code up}) or "Les omlaag" ({@code down}) button. */
    CourseEditorPage moveLesson(int module, int lesson, String direction) {
        List<String> before = lessonTitles(module);
        WebElement button = find(lessonControl(module, lesson, "lesson-" + direction));
        button.sendKeys(Keys.ENTER);
        await().until(driver -> !lessonTitles(module).equals(before));
        return this;
    }

    /** The module titles as the outline shows them ("Module 1: Voorbereiden"). */
    List<String> moduleHeadings() {
        return browser.findElements(By.cssSelector("[id='outline:modules_data'] > tr .outline__module-title")).stream()
                .map(WebElement::getText).toList();
    }

    /** A module's "Module omhoog" ({@code up}) or "Module omlaag" ({@code down}) button, pressed with the keyboard. */
    CourseEditorPage moveModule(int module, String direction) {
        List<String> before = moduleHeadings();
        find("outline:modules:" + module + ":module-" + direction).sendKeys(Keys.ENTER);
        await().until(driver -> !moduleHeadings().equals(before));
        return this;
    }

    /** Drags a lesson by its handle onto the place of another, with the mouse, in small steps as a person would. */
    CourseEditorPage dragLesson(int module, int from, int to) {
        List<String> before = lessonTitles(module);
        String rows = "[id='outline:modules:" + module + ":lessons_data'] > tr";
        WebElement handle = browser.findElement(By.cssSelector(rows + ":nth-child(" + (from + 1) + ") .drag-handle"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", handle);
        WebElement target = browser.findElement(By.cssSelector(rows + ":nth-child(" + (to + 1) + ")"));
        int distance = target.getLocation().getY() - handle.getLocation().getY()
                + (to > from ? target.getSize().getHeight() / 2 + 5 : -target.getSize().getHeight() / 2 + 5);
        Actions drag = new Actions(browser).clickAndHold(handle);
        for (int step = 0; step < 10; step++) {
            drag = drag.moveByOffset(0, distance / 10).pause(Duration.ofMillis(30));
        }
        drag.pause(Duration.ofMillis(300)).release().perform();
        // the rows move in the browser at once; the outline is drawn anew when the server has saved the order
        await().until(ExpectedConditions.stalenessOf(handle));
        await().until(driver -> !lessonTitles(module).equals(before));
        return this;
    }

    /** The id of the element that has the keyboard focus. */
    String focusedId() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    String outlineMessage() {
        return await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#outline-messages .form-message"))).getText();
    }

    /** "Wijzigen" at a lesson: the lesson form below is filled with it. */
    CourseEditorPage editLesson(int module, int lesson) {
        find(lessonControl(module, lesson, "edit-lesson")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("lesson:save")));
        return this;
    }

    String formValue(String id) {
        return find(id).getAttribute("value");
    }

    boolean formChecked(String id) {
        return find(id).isSelected();
    }

    /** Saves the lesson in the form under a new title. */
    CourseEditorPage saveLessonAs(String title) {
        type("lesson:title", title);
        find("lesson:save").click();
        await().until(driver -> outline().contains(title) && !driver.findElements(By.id("lesson:add")).isEmpty());
        return this;
    }

    void cancelLessonEdit() {
        find("lesson:cancel").click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("lesson:add")));
    }

    /** Removes a lesson after the confirmation; returns the question the confirmation asked. */
    String removeLesson(int module, int lesson) {
        List<String> before = lessonTitles(module);
        find(lessonControl(module, lesson, "remove-lesson")).click();
        String question = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog-message"))).getText();
        WebElement yes = await().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        yes.click();
        await().until(driver -> lessonTitles(module).size() == before.size() - 1);
        return question;
    }

    /** Opens the confirmation of removing a lesson and leaves it open. */
    void askToRemoveLesson(int module, int lesson) {
        find(lessonControl(module, lesson, "remove-lesson")).click();
        await().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-no")));
    }

    void answerNo() {
        browser.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
        await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
    }

    CourseEditorPage renameModule(int module, String title) {
        find("outline:modules:" + module + ":edit-module").click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("module:save")));
        type("module:moduleTitle", title);
        find("module:save").click();
        await().until(driver -> outline().contains(title));
        return this;
    }

    private static String lessonControl(int module, int lesson, String control) {
        return "outline:modules:" + module + ":lessons:" + lesson + ":" + control;
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
