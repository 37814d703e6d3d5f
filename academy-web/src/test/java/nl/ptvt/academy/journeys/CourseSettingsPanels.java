package nl.ptvt.academy.journeys;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The course editor's settings (/auteur/cursus?id=…): the picture in the details form and the "Auteurs" panel. */
class CourseSettingsPanels extends Page {

    CourseSettingsPanels(WebDriver browser, String base) {
        super(browser, base);
    }

    CourseSettingsPanels open(long courseId) {
        browser.get(base + "/auteur/cursus?id=" + courseId);
        find("authors-heading");
        return this;
    }

    String authors() {
        return find("authors:list").getText();
    }

    /** Types part of a colleague's name, picks the suggestion with their name and adds them. */
    CourseSettingsPanels addAuthor(String typed, String name) {
        type("authors:candidate_input", typed);
        WebElement suggestion = await().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='authors:candidate_panel']//li[contains(., '" + name + "')]")));
        suggestion.click();
        find("authors:add").click();
        await().until(driver -> authors().contains(name));
        return this;
    }

    /** Removes the author after confirming. */
    CourseSettingsPanels removeAuthor(String name) {
        WebElement row = find("authors:list").findElements(By.cssSelector("tbody tr")).stream()
                .filter(candidate -> candidate.getText().contains(name)).findFirst().orElseThrow();
        row.findElement(By.tagName("button")).click();
        await().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        await().until(driver -> !authors().contains(name));
        return this;
    }

    /** Uploads the picture (stored at once) and waits for its preview. */
    CourseSettingsPanels uploadPicture(Path file) {
        browser.findElement(By.id("course:image_input")).sendKeys(file.toAbsolutePath().toString());
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("image-preview")));
        return this;
    }

    CourseSettingsPanels describePicture(String alt) {
        type("course:imageAlt", alt);
        return this;
    }

    /** Saves the details form; returns the message about the alternative text, or the form's message. */
    String saveDetails() {
        WebElement save = find("course:save");
        save.click();
        // the whole form is rendered again: read the messages of the answer, not of the page before
        await().until(ExpectedConditions.stalenessOf(save));
        return await().until(driver -> {
            String altMessage = driver.findElement(By.id("course:imageAlt-message")).getText();
            if (!altMessage.isBlank()) {
                return altMessage;
            }
            var formMessages = driver.findElements(By.cssSelector("#course-messages .form-message"));
            return formMessages.isEmpty() ? null : formMessages.get(0).getText();
        });
    }

    String pictureText() {
        return find("image-preview").getAttribute("alt");
    }
}
