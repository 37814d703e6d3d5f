package nl.ptvt.academy.journeys;

import java.net.URL;
import nl.ptvt.academy.testing.AcademyDeployment;
import nl.ptvt.academy.testing.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every journey class shares: the Academy as {@code mvn package} built it, deployed on Payara Micro (one per
 * class), and a fresh headless Chromium per journey, closed with a screenshot of its last page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserJourney {

    @ArquillianResource
    URL deployment;

    ChromeDriver browser;
    /** The Academy's address, without a trailing slash. */
    String base;

    @Deployment(testable = false)
    static WebArchive academy() {
        return AcademyDeployment.builtWar();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        base = deployment.toString().replaceAll("/+$", "");
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        Browser.closeWithScreenshot(browser, test.getTestMethod().orElseThrow().getName());
    }
}
