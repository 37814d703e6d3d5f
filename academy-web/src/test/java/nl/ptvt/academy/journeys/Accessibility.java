package nl.ptvt.academy.journeys;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** Runs axe-core in the page for the WCAG 2.1 A and AA rules (the Dutch public-sector standard). */
final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Opens the page (or checks the current one when {@code url} is null) and lists every violation found. */
    static List<String> check(WebDriver browser, String url) {
        if (url != null) {
            browser.get(url);
        }
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        List<String> problems = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            violation.getNodes().forEach(node -> problems.add(browser.getCurrentUrl() + " " + violation.getId() + ": "
                    + violation.getHelp() + " at " + node.getTarget()));
        }
        return problems;
    }
}
