package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /mijn-certificaten (the holder's certificates) and /certificaat/{code} (the public verification page). */
class CertificatePages extends Page {

    CertificatePages(WebDriver browser, String base) {
        super(browser, base);
    }

    /** My certificates, reloaded until {@code count} are shown: a certificate is issued just after the completion. */
    CertificatePages openMine(int count) {
        browser.get(base + "/mijn-certificaten");
        await().until(driver -> {
            if (cards().size() >= count) {
                return true;
            }
            driver.navigate().refresh();
            return false;
        });
        return this;
    }

    boolean showsEmptyState() {
        return !browser.findElements(By.id("certificates-empty")).isEmpty();
    }

    List<WebElement> cards() {
        return browser.findElements(By.cssSelector("#my-certificates .certificate-card"));
    }

    String code(int index) {
        return cards().get(index).getAttribute("data-code");
    }

    String cardText(int index) {
        return cards().get(index).getText();
    }

    /** The address of the PDF link, to fetch with the browser's session. */
    String downloadAddress(int index) {
        return cards().get(index).findElement(By.cssSelector("a.certificate-download")).getAttribute("href");
    }

    String shareLink(int index) {
        return cards().get(index).findElement(By.cssSelector("input.share-link__url")).getAttribute("value");
    }

    /** Presses "Kopieer link" and returns what is announced to screen readers. */
    String copyShareLink(int index) {
        cards().get(index).findElement(By.cssSelector("button.share-link__copy")).click();
        return await().until(driver -> {
            String announced = driver.findElement(By.id("copy-announcement")).getAttribute("textContent");
            return announced.isBlank() ? null : announced;
        });
    }

    CertificatePages openVerification(String code) {
        browser.get(base + "/certificaat/" + code);
        return this;
    }

    /** The verdict as the page writes it ("✓ Geldig" shows as "Geldig" plus the symbol from CSS). */
    String status() {
        return find("verification-status").getText();
    }

    String statusCode() {
        return find("verification").findElement(By.cssSelector("[data-status]")).getAttribute("data-status");
    }

    String holderName() {
        return find("holder-name").getText();
    }

    String courseTitle() {
        return find("course-title").getText();
    }

    String expiresOn() {
        return find("expires-on").getText();
    }
}
