package nl.ptvt.academy.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /admin/gebruikers: find people, open one, change their roles. */
class UserAdministrationPage extends Page {

    UserAdministrationPage(WebDriver browser, String base) {
        super(browser, base);
    }

    UserAdministrationPage open() {
        browser.get(base + "/admin/gebruikers");
        return this;
    }

    UserAdministrationPage search(String query) {
        type("search:query", query);
        find("search:submit").click();
        await().until(driver -> rows().size() == 1 && rows().get(0).getText().contains(query));
        return this;
    }

    java.util.List<WebElement> rows() {
        return browser.findElements(By.cssSelector("[id='users:table_data'] > tr[data-ri]"));
    }

    String firstRow() {
        return rows().get(0).getText();
    }

    /** Opens the first row's dialog, ticks the role (by its label) and saves. */
    UserAdministrationPage grantRole(String roleLabel) {
        rows().get(0).findElement(By.tagName("button")).click();
        WebElement dialog = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("account-dialog")));
        WebElement label = await().until(driver -> dialog.findElements(By.cssSelector("[id='account:roles'] label")).stream()
                .filter(candidate -> candidate.getText().equals(roleLabel)).findFirst().orElse(null));
        label.click();
        find("account:save-roles").click();
        await().until(driver -> firstRow().contains(roleLabel));
        return this;
    }
}
