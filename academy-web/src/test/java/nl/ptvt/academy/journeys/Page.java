package nl.ptvt.academy.journeys;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object shares: the browser, waiting, and the header of the page frame. */
abstract class Page {

    protected final WebDriver browser;
    protected final String base;

    Page(WebDriver browser, String base) {
        this.browser = browser;
        this.base = base.replaceAll("/+$", "");
    }

    protected WebElement find(String id) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    protected void type(String id, String text) {
        WebElement input = find(id);
        input.clear();
        input.sendKeys(text);
    }

    /** Waits, looking again when a page reload replaced the element being read. */
    protected FluentWait<WebDriver> await() {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
    }

    public String heading() {
        return find("main").findElement(By.tagName("h1")).getText();
    }

    /** The name in the header, shown only when someone is signed in. */
    public String signedInName() {
        return find("user-name").getText();
    }

    public String language() {
        return await().until(driver -> driver.findElement(By.tagName("html")).getAttribute("lang"));
    }

    /** Switches the language with the header buttons; the same page comes back. */
    public void switchLanguage(String language) {
        String before = language();
        find("lang-" + language).click();
        if (!before.equals(language)) {
            await().until(driver -> language.equals(language()));
        }
    }

    public String text() {
        return await().until(driver -> driver.findElement(By.tagName("body")).getText());
    }

    /** The page's text once it shows the expected text (after a form post or an AJAX update). */
    public String waitForText(String expected) {
        await().until(driver -> text().contains(expected));
        return text();
    }

    /** The progress bar's value as screen readers get it. */
    public String jobProgress() {
        return find("job-progress").getAttribute("aria-valuenow");
    }

    public String jobDownloadAddress() {
        return find("job-download").getAttribute("href");
    }

    /**
     * Clicks the button that starts a background job (WEB-INF/includes/background-job.xhtml), waits for the new job
     * to replace a previous one's status, then for it to finish: its final status text.
     */
    protected String startJob(String buttonId) {
        List<WebElement> previous = browser.findElements(By.id("job-status"));
        find(buttonId).click();
        if (!previous.isEmpty()) {
            await().until(ExpectedConditions.stalenessOf(previous.get(0)));
        }
        return awaitJobFinished();
    }

    private String awaitJobFinished() {
        return await().until(driver -> {
            String status = find("job-status").getText();
            return status.startsWith("Klaar") || status.startsWith("Mislukt") ? status : null;
        });
    }
}
