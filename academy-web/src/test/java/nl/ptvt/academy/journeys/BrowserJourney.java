package nl.ptvt.academy.journeys;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
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

    /** Fetches an address with the browser's cookies (its page session), as a download link would. */
    HttpResponse<byte[]> fetchAsBrowser(String address) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
