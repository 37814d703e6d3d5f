package nl.ptvt.academy.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /mijn-boekingen: the learner's bookings, and cancelling one with a confirmation. */
class MyBookingsPage extends Page {

    MyBookingsPage(WebDriver browser, String base) {
        super(browser, base);
    }

    MyBookingsPage open() {
        browser.get(base + "/mijn-boekingen");
        find("main");
        return this;
    }

    boolean isEmpty() {
        return !browser.findElements(By.id("bookings-empty")).isEmpty();
    }

    /** The text of the card of a booking to come. */
    String upcoming(long bookingId) {
        return card(bookingId).getText();
    }

    List<String> past() {
        return find("past-bookings").findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
    }

    /** Asks to cancel; the page then asks for confirmation. */
    void askToCancel(long bookingId) {
        card(bookingId).findElement(By.cssSelector("input[type=submit]")).click();
        find("confirm-cancel");
    }

    String confirmation() {
        return find("confirm-cancel").getText();
    }

    void confirm() {
        find("confirm:yes").click();
        find("messages");
    }

    void keep() {
        find("confirm:no").click();
        await().until(driver -> driver.findElements(By.id("confirm-cancel")).isEmpty());
    }

    boolean hasUpcoming(long bookingId) {
        return !browser.findElements(By.cssSelector("li.booking-card[data-booking='" + bookingId + "']")).isEmpty();
    }

    String messages() {
        return find("messages").getText();
    }

    private WebElement card(long bookingId) {
        return find("upcoming-bookings").findElement(By.cssSelector("li.booking-card[data-booking='" + bookingId + "']"));
    }
}
