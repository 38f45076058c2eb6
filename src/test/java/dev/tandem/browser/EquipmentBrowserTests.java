package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.equipment.EquipmentType;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A shift operator on a 390-pixel phone records that a pump went down, and the equipment pages fit the phone in
 * Russian.
 */
@BrowserTest
class EquipmentBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EquipmentRegistry registry;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.phone();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOperatorRecordsFromAPhoneThatThePumpWentDown() {
        var pump = TestMachines.register(jdbc, registry, "SNT", "Slurry pump", EquipmentType.PUMP);

        Browser.signIn(browser, port, "worker");
        open("/equipment/" + pump.id() + "?lang=ru");
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-state-form] button[type=submit]")));
        assertFitsThePhone("a machine's page");
        browser.findElement(By.cssSelector("label[for='state3']")).click();
        new Select(browser.findElement(By.id("reason"))).selectByValue("MECHANICAL");
        browser.findElement(By.id("note")).sendKeys("Течь по сальнику");
        var record = browser.findElement(By.cssSelector("[data-state-form] button[type=submit]"));
        browser.executeScript("arguments[0].click()", record);

        waitFor(ExpectedConditions.urlContains("recorded"));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
                .isEqualTo("Состояние записано.");
        assertThat(browser.findElement(By.cssSelector("p [data-state]")).getAttribute("data-state"))
                .isEqualTo("DOWN");
        assertThat(jdbc.sql("select count(*) from downtime where equipment_id = :id and ended_at is null")
                        .param("id", pump.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        for (var page : new String[] {"/equipment?lang=ru", "/equipment/upload?lang=ru"}) {
            open(page);
            assertFitsThePhone(page);
        }
    }

    @Test
    void theRegistrationFormFitsAPhone() {
        Browser.signIn(browser, port, "manager");
        open("/equipment/new?lang=ru");
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("main form button[type=submit]")));
        assertFitsThePhone("the registration form");
    }

    private void assertFitsThePhone(String what) {
        assertThat(browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as(what + " fits a 390-pixel phone")
                .isEqualTo(true);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    }
}
