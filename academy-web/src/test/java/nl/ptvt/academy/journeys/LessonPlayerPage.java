package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /leren?inschrijving=…: the lesson player, the outline on the left and one lesson on the right. */
class LessonPlayerPage extends Page {

    LessonPlayerPage(WebDriver browser, String base) {
        super(browser, base);
    }

    LessonPlayerPage open(long enrolmentId) {
        browser.get(base + "/leren?inschrijving=" + enrolmentId);
        return this;
    }

    long enrolmentId() {
        String url = browser.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*inschrijving=(\\d+).*", "$1"));
    }

    String lessonTitle() {
        return find("lesson-heading").getText();
    }

    /** The current lesson's state in words ("Gedaan", "Nog niet gedaan", "Gehaald", "Niet gehaald", …). */
    String lessonState() {
        return find("lesson-state").getText();
    }

    String lessonText() {
        return find("lesson").getText();
    }

    /** The course's progress as the page writes it out ("50% · 2 van 4 verplichte lessen gedaan"). */
    String courseProgress() {
        return find("main").findElement(By.cssSelector(".player-header .progress__text")).getText();
    }

    /** The value the course's progress bar announces to assistive technology. */
    String courseProgressValue() {
        return find("main").findElement(By.cssSelector(".player-header [role=progressbar]")).getAttribute("aria-valuenow");
    }

    /** Each lesson of the outline as "title: state". */
    List<String> outline() {
        return browser.findElements(By.cssSelector(".player-lesson")).stream()
                .map(lesson -> lesson.findElement(By.tagName("a")).getText() + ": "
                        + lesson.findElement(By.cssSelector(".lesson-state")).getText().replaceAll("^[^\\p{L}]+", ""))
                .toList();
    }

    /** The title of the lesson the outline marks as the current one (aria-current). */
    String currentInOutline() {
        return find("main").findElement(By.cssSelector(".player-lesson a[aria-current='page']")).getText();
    }

    String downloadLink() {
        return find("lesson").findElement(By.cssSelector("a.lesson__download")).getText();
    }

    LessonPlayerPage markDone() {
        String before = lessonState();
        find("lesson-actions:done").click();
        await().until(driver -> !lessonState().equals(before));
        return this;
    }

    LessonPlayerPage next() {
        return go("next");
    }

    LessonPlayerPage previous() {
        return go("previous");
    }

    private LessonPlayerPage go(String button) {
        String before = lessonTitle();
        find(button).click();
        await().until(driver -> !lessonTitle().equals(before));
        return this;
    }

    /** Chooses an answer by its label, in the fieldset of the question. */
    LessonPlayerPage answer(String question, String option) {
        WebElement fieldset = browser.findElements(By.cssSelector("fieldset.quiz-question")).stream()
                .filter(candidate -> candidate.findElement(By.tagName("legend")).getText().contains(question))
                .findFirst().orElseThrow();
        fieldset.findElements(By.tagName("label")).stream().filter(label -> label.getText().equals(option))
                .findFirst().orElseThrow().click();
        return this;
    }

    LessonPlayerPage submitQuiz() {
        find("quiz:submit").click();
        await().until(driver -> driver.getCurrentUrl().contains("poging="));
        return this;
    }

    String verdict() {
        return find("quiz-verdict").getText();
    }

    String quizResult() {
        return find("quiz-result").getText();
    }

    String attempts() {
        return find("quiz-attempts").getText();
    }

    LessonPlayerPage retry() {
        find("retry").click();
        await().until(driver -> !driver.getCurrentUrl().contains("poging=") && !driver.findElements(By.id("quiz:submit")).isEmpty());
        return this;
    }

    String completion() {
        return find("course-completed").getText();
    }

    MyAcademyPage toDashboard() {
        find("to-dashboard").click();
        await().until(driver -> driver.getCurrentUrl().contains("/mijn-academy"));
        return new MyAcademyPage(browser, base);
    }
}
