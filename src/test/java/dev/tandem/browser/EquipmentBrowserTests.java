package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.equipment.EquipmentType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A shift operator on a 390-pixel phone records that a pump went down, and the equipment pages fit the phone in
 * Russian.
 */
@BrowserTest
class EquipmentBrowserTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EquipmentRegistry registry;

    EquipmentBrowserTests() {
        super(Browser::phone);
    }

    @Test
    void anOperatorRecordsFromAPhoneThatThePumpWentDown() {
        var pump = TestMachines.register(jdbc, registry, "SNT", "Slurry pump", EquipmentType.PUMP);

        signIn("worker");
        open("/equipment/" + pump.id() + "?lang=ru");
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-state-form] button[type=submit]")));
        assertFitsTheWindow("a machine's page");
        browser.findElement(By.cssSelector("label[for='state3']")).click();
        new Select(browser.findElement(By.id("reason"))).selectByValue("MECHANICAL");
        browser.findElement(By.id("note")).sendKeys("Течь по сальнику");
        var record = browser.findElement(By.cssSelector("[data-state-form] button[type=submit]"));
        click(record);

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
            assertFitsTheWindow(page);
        }
    }

    @Test
    void theRegistrationFormFitsAPhone() {
        signIn("manager");
        open("/equipment/new?lang=ru");
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("main form button[type=submit]")));
        assertFitsTheWindow("the registration form");
    }
}
