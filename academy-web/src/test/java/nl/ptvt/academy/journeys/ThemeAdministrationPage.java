package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /admin/themas: the themes in a table, and one dialog to add or rename one. */
class ThemeAdministrationPage extends Page {

    ThemeAdministrationPage(WebDriver browser, String base) {
        super(browser, base);
    }

    ThemeAdministrationPage open() {
        browser.get(base + "/admin/themas");
        return this;
    }

    /** Follows "Thema's" in the administrators' sub-navigation. */
    ThemeAdministrationPage openFromNavigation() {
        browser.findElement(By.cssSelector(".sub-nav a[href$='/admin/themas']")).click();
        await().until(driver -> driver.getCurrentUrl().endsWith("/admin/themas"));
        return this;
    }

    List<String> rows() {
        return browser.findElements(By.cssSelector("[id='themes:table_data'] > tr")).stream().map(WebElement::getText).toList();
    }

    /** Fills in the "new theme" dialog (code left empty when null) and saves; returns the page's text afterwards. */
    String add(String code, String nameNl, String nameEn) {
        find("themes:add").click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("theme:nameNl")));
        if (code != null) {
            type("theme:code", code);
        }
        return fillAndSave(nameNl, nameEn);
    }

    /** Opens the row's dialog, types the new names and saves. */
    String rename(String currentName, String nameNl, String nameEn) {
        WebElement row = browser.findElements(By.cssSelector("[id='themes:table_data'] > tr")).stream()
                .filter(candidate -> candidate.getText().contains(currentName)).findFirst().orElseThrow();
        row.findElement(By.tagName("button")).click();
        await().until(driver -> currentName.equals(driver.findElement(By.id("theme:nameNl")).getAttribute("value")));
        return fillAndSave(nameNl, nameEn);
    }

    /**
     * The dialog is open: its text once it shows an error. (Saving a second theme with an existing name cannot wait for
     * that name in the table, which is there already, so the refusal is waited for here.)
     */
    String dialogText() {
        await().until(driver -> !driver.findElements(By.cssSelector("#theme-dialog .ui-message-error, #dialog-messages .form-message--error")).isEmpty());
        return find("theme-dialog").getText();
    }

    private String fillAndSave(String nameNl, String nameEn) {
        type("theme:nameNl", nameNl);
        type("theme:nameEn", nameEn);
        find("theme:save").click();
        await().until(driver -> rows().stream().anyMatch(row -> row.contains(nameNl))
                || !driver.findElements(By.cssSelector("#theme-dialog .ui-message-error, #dialog-messages .form-message--error")).isEmpty());
        return text();
    }
}
