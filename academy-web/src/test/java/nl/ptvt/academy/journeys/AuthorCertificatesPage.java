package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * /auteur/certificaten?cursus= (a course's certificates for its authors and administrators): the table, and for
 * administrators the confirmation panel of a revocation or reissue and the form to issue a certificate by hand.
 */
class AuthorCertificatesPage extends Page {

    AuthorCertificatesPage(WebDriver browser, String base) {
        super(browser, base);
    }

    AuthorCertificatesPage open(long courseId) {
        browser.get(base + "/auteur/certificaten?cursus=" + courseId);
        return this;
    }

    boolean showsEmptyState() {
        return !browser.findElements(By.id("certificates-empty")).isEmpty();
    }

    /** The codes in the table, top to bottom (newest first). */
    List<String> codes() {
        return browser.findElements(By.cssSelector("#course-certificates a.certificate-code")).stream()
                .map(link -> link.getAttribute("data-code")).toList();
    }

    String rowText(String code) {
        return row(code).getText();
    }

    /** The status of the certificate as a constant (the label is in {@link #rowText}). */
    String status(String code) {
        return row(code).findElement(By.cssSelector("[data-status]")).getAttribute("data-status");
    }

    String verificationAddress(String code) {
        return row(code).findElement(By.cssSelector("a.certificate-code")).getAttribute("href");
    }

    /** Whether anything an administrator does is on the page: the manual issue, or a button in a row. */
    boolean offersAdministration() {
        return !browser.findElements(By.id("manual-issue")).isEmpty()
                || !browser.findElements(By.cssSelector("#course-certificates button")).isEmpty();
    }

    boolean offersChangesFor(String code) {
        return !row(code).findElements(By.cssSelector("button")).isEmpty();
    }

    /** Presses "Intrekken" in the certificate's row; the confirmation panel opens. */
    AuthorCertificatesPage askRevoke(String code) {
        return ask(code, "revoke");
    }

    /** Presses "Opnieuw uitgeven" in the certificate's row; the confirmation panel opens. */
    AuthorCertificatesPage askReissue(String code) {
        return ask(code, "reissue");
    }

    private AuthorCertificatesPage ask(String code, String action) {
        WebElement button = row(code).findElement(By.cssSelector("button[id$=':" + action + "']"));
        button.click();
        await().until(ExpectedConditions.stalenessOf(button));
        find("confirm-decision");
        return this;
    }

    String decisionHeading() {
        return find("decision-heading").getText();
    }

    /** The id of the element that has the keyboard focus. */
    String focused() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    /** Confirms the revocation or reissue with a reason (none when null); the page comes back. */
    AuthorCertificatesPage confirm(String reason) {
        if (reason != null) {
            type("decision:reason", reason);
        }
        WebElement yes = find("confirm-decision").findElement(By.cssSelector("[id='decision:revoke'], [id='decision:reissue']"));
        yes.click();
        await().until(ExpectedConditions.stalenessOf(yes));
        return this;
    }

    /** Goes back from the confirmation panel without doing anything. */
    AuthorCertificatesPage keep() {
        WebElement no = find("decision:keep");
        no.click();
        await().until(ExpectedConditions.stalenessOf(no));
        return this;
    }

    boolean showsDecision() {
        return !browser.findElements(By.id("confirm-decision")).isEmpty();
    }

    /** Issues a certificate by hand; the page comes back. */
    AuthorCertificatesPage issue(String email, String reason) {
        type("issue:email", email);
        type("issue:issueReason", reason);
        WebElement submit = find("issue:submit");
        submit.click();
        await().until(ExpectedConditions.stalenessOf(submit));
        return this;
    }

    /** The page's messages (confirmations and errors that belong to no field). */
    String messages() {
        return find("messages").getText();
    }

    /** The messages of one field, by the id of their block (e.g. {@code reason-messages}, {@code email-messages}). */
    String fieldMessages(String blockId) {
        return find(blockId).getText();
    }

    /** Makes the ZIP of all certificates in the background and waits for it: the final status text. */
    String makeZip() {
        return startJob("export:zip");
    }

    private WebElement row(String code) {
        return await().until(driver -> driver.findElement(By.xpath("//a[@data-code='" + code + "']/ancestor::tr[1]")));
    }
}
