package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** /agenda: the public calendar (p:schedule) and the list of upcoming sessions, filtered by province and theme. */
class AgendaPage extends Page {

    AgendaPage(WebDriver browser, String base) {
        super(browser, base);
    }

    /** Follows "Agenda" in the header. */
    AgendaPage openFromHeader() {
        find("nav-agenda").click();
        await().until(driver -> driver.getCurrentUrl().contains("/agenda"));
        return this;
    }

    /** Chooses a province by its name ("Groningen", for all themes) and applies the filter. */
    AgendaPage filterByProvince(String provinceName) {
        new Select(find("thema")).selectByIndex(0);
        new Select(find("provincie")).selectByVisibleText(provinceName);
        return apply();
    }

    /** Chooses a theme by its name (for all provinces) and applies the filter. */
    AgendaPage filterByTheme(String themeName) {
        new Select(find("provincie")).selectByIndex(0);
        new Select(find("thema")).selectByVisibleText(themeName);
        return apply();
    }

    /** "Filteren": a GET form, so the page comes back at another address. */
    private AgendaPage apply() {
        String before = browser.getCurrentUrl();
        find("agenda-apply").click();
        await().until(driver -> !driver.getCurrentUrl().equals(before));
        return this;
    }

    /** The rows of the list: "when course place seats". */
    List<String> listed() {
        find("agenda-list");
        return browser.findElements(By.cssSelector("#agenda-list tbody tr")).stream().map(WebElement::getText).toList();
    }

    /** Whether the calendar was drawn (FullCalendar's grid inside p:schedule). */
    boolean calendarShown() {
        return await().until(driver -> !driver.findElements(By.cssSelector("[id='calendar:schedule'] .fc-view")).isEmpty());
    }

    /** The calendar's events as their titles, after the events have been loaded (going to the next month when needed). */
    List<String> calendarEventsGoingForwardUntil(String title, int months) {
        for (int month = 0; month <= months; month++) {
            List<String> titles = eventTitles();
            if (titles.stream().anyMatch(shown -> shown.contains(title))) {
                return titles;
            }
            if (month < months) {
                find("calendar:schedule").findElement(By.cssSelector(".fc-next-button")).click();
            }
        }
        return eventTitles();
    }

    private List<String> eventTitles() {
        try {
            await().withTimeout(java.time.Duration.ofSeconds(3)).until(driver -> !driver.findElements(By.cssSelector(".fc-event")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException none) {
            return List.of();
        }
        return browser.findElements(By.cssSelector(".fc-event")).stream().map(WebElement::getText).toList();
    }

    /** Clicks the calendar event of the course; it leads to the course's page. */
    CoursePage clickEvent(String courseTitle) {
        browser.findElements(By.cssSelector(".fc-event")).stream().filter(event -> event.getText().contains(courseTitle))
                .findFirst().orElseThrow(() -> new AssertionError(courseTitle + " is not in the calendar")).click();
        await().until(driver -> driver.getCurrentUrl().contains("/cursus/"));
        return new CoursePage(browser, base);
    }

    /** Follows the course's link in the list. */
    CoursePage openCourse(String courseTitle) {
        find("agenda-list").findElement(By.linkText(courseTitle)).click();
        await().until(driver -> driver.getCurrentUrl().contains("/cursus/"));
        return new CoursePage(browser, base);
    }
}
