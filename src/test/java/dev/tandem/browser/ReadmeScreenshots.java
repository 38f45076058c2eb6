package dev.tandem.browser;

import dev.tandem.identity.Logins;
import dev.tandem.kpi.screens.SetUpScreen;
import dev.tandem.kpi.screens.ShopFloorScreens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Takes the README's screenshots of the demo plant in one language, pages in that language, on its own database:
 * {@code mvn test -Dtest=ReadmeScreenshots -Dtandem.screenshots=en} (then {@code =ru}). Every page is taken at
 * 1280 px and on a 390-px phone into {@code target/screenshots/<language>/} to be looked at; those the README shows
 * are copied into {@code docs/screenshots}. A tool, not a test: without the property it does not run.
 */
@EnabledIfSystemProperty(named = "tandem.screenshots", matches = "en|ru")
@ExtendWith(ChromiumInstalled.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=", "tandem.database.embedded.directory=target/screenshots-postgres"})
@ActiveProfiles("test")
class ReadmeScreenshots {

    private static final String LANGUAGE = System.getProperty("tandem.screenshots", "en");

    /** A page as one demo login sees it. */
    private record Page(String name, String login, String path) {}

    /** The README's pictures: the page, the device it is taken on, and its file under docs/screenshots. */
    private static final Map<String, Map<String, String>> README = Map.of(
            "en",
            Map.of(
                    "start-hse-desktop", "start-hse",
                    "people-desktop", "people-hse",
                    "area-desktop", "area-form",
                    "dashboard-desktop", "dashboard-director",
                    "events-desktop", "events-director"),
            "ru",
            Map.of(
                    "start-contractor-phone", "start-contractor-phone-ru",
                    "report-phone", "report-phone-ru",
                    "dashboard-phone", "dashboard-phone-ru",
                    "event-desktop", "event-hse-ru",
                    "screen-days-tv", "screen-days-ru",
                    "screen-trend-tv", "screen-trend-ru"));

    @DynamicPropertySource
    static void demoLanguage(DynamicPropertyRegistry registry) {
        registry.add("tandem.demo.language", () -> LANGUAGE);
        registry.add("tandem.database.embedded.directory", () -> "target/screenshots-postgres-" + LANGUAGE);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ShopFloorScreens screens;

    @Test
    void takeTheScreenshots() throws Exception {
        var pages = List.of(
                new Page("start-hse", "hse", "/"),
                new Page("start-contractor", "contractor1", "/"),
                new Page("start-manager", "manager", "/"),
                new Page("people", "hse", "/people"),
                new Page("area", "hse", "/areas/" + demoId("area", 0)),
                new Page("dashboard", "director", "/dashboard"),
                new Page("events", "director", "/events"),
                new Page("event", "hse", "/events/" + incidentUnderReview()),
                new Page("actions", "manager", "/actions"),
                new Page("machine", "hse", "/equipment/" + demoId("equipment", 1)),
                new Page("report", "contractor1.worker", "/report"));
        var folder = Files.createDirectories(Path.of("target", "screenshots", LANGUAGE));
        for (var device : List.of("desktop", "phone")) {
            var browser = device.equals("phone") ? Browser.phone() : Browser.desktop();
            try {
                String signedIn = null;
                for (var page : pages) {
                    if (!page.login().equals(signedIn)) {
                        browser.manage().deleteAllCookies();
                        Browser.signIn(browser, port, page.login());
                        signedIn = page.login();
                    }
                    browser.get("http://localhost:" + port + page.path() + "?lang=" + LANGUAGE);
                    save(browser, folder, page.name() + "-" + device, device.equals("phone"));
                }
            } finally {
                browser.quit();
            }
        }
        screen(folder);
        copyTheReadmeOnes(folder);
    }

    /** The shop-floor screen on a full-HD television: its days-without view, then its trend. */
    private void screen(Path folder) throws Exception {
        var hse = new Logins(context).viewer("hse");
        var issued = screens.setUp(new SetUpScreen("README", null, null, 8, LANGUAGE), hse);
        var browser = Browser.television();
        try {
            browser.get("http://localhost:" + port + "/screen/" + issued.token());
            Thread.sleep(2000);
            Files.write(folder.resolve("screen-days-tv.png"), browser.getScreenshotAs(OutputType.BYTES));
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(driver -> "trend".equals(browser.executeScript("return document.body.dataset.showing")));
            Thread.sleep(2000);
            Files.write(folder.resolve("screen-trend-tv.png"), browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }

    /** The whole page, however long, at the device's width; charts get a moment to draw. */
    private static void save(ChromeDriver browser, Path folder, String name, boolean phone) throws Exception {
        Thread.sleep(1500);
        int width = phone ? 390 : 1280;
        var height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", Math.min(height, 6000), "deviceScaleFactor", 1, "mobile", phone));
        Thread.sleep(500);
        Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", phone ? 844 : 900, "deviceScaleFactor", 1, "mobile", phone));
    }

    private static void copyTheReadmeOnes(Path folder) throws Exception {
        var docs = Path.of("docs", "screenshots");
        for (var shot : README.get(LANGUAGE).entrySet()) {
            Files.copy(
                    folder.resolve(shot.getKey() + ".png"),
                    docs.resolve(shot.getValue() + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private UUID incidentUnderReview() {
        return jdbc.sql("select id from safety_event where type = 'INCIDENT' and status = 'UNDER_REVIEW'"
                        + " and voided_at is null order by occurred_at desc limit 1")
                .query(UUID.class)
                .single();
    }

    /** The id the demo generator gives its {@code n}-th record of a kind. */
    private static UUID demoId(String kind, int n) {
        return UUID.nameUUIDFromBytes(("tandem-demo:" + kind + ":" + n).getBytes(StandardCharsets.UTF_8));
    }
}
