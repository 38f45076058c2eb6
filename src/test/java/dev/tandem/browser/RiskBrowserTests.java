package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.Logins;
import dev.tandem.risk.AssessRisk;
import dev.tandem.risk.HazardTaxonomy;
import dev.tandem.risk.IdentifyRisk;
import dev.tandem.risk.RiskRegister;
import dev.tandem.shared.Precondition;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The safety department clicks a cell of the register's heat map and the list shows the risks of that cell. */
@BrowserTest
class RiskBrowserTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RiskRegister register;

    @Autowired
    HazardTaxonomy taxonomy;

    @Autowired
    ApplicationContext context;

    RiskBrowserTests() {
        super(Browser::desktop);
    }

    @Test
    void clickingACellOfTheHeatMapFiltersTheRegisterToThatCell() {
        var marker = "cell-" + UUID.randomUUID().toString().substring(0, 8);
        assessed(marker + " crane over the ladle", 4, 4);
        assessed(marker + " tundish preheating", 1, 2);

        signIn("hse");
        open("/risks?q=" + marker);
        assertThat(rows()).hasSize(2);
        var cell = browser.findElement(By.cssSelector("[data-heat-map='INHERENT'] a[data-cell='4-4']"));
        assertThat(cell.getText()).isEqualTo("1");
        clickCentred(cell);

        waitFor(ExpectedConditions.urlContains("likelihood=4"));
        assertThat(browser.getCurrentUrl()).contains("severity=4", "stage=INHERENT", "q=" + marker);
        assertThat(rows()).singleElement().asString().contains(marker + " crane over the ladle");
        assertThat(browser.findElement(By.cssSelector("[data-heat-map='INHERENT'] td.chosen a"))
                        .getAttribute("data-cell"))
                .isEqualTo("4-4");
        clickCentred(browser.findElement(By.cssSelector("[data-cell-filter] a")));
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("likelihood=4")));
        assertThat(rows()).hasSize(2);
    }

    /** Clicks a link scrolled to the middle of the window, where no sticky bar of the page can cover it. */
    private void clickCentred(WebElement link) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
        link.click();
    }

    private java.util.List<String> rows() {
        return browser.findElements(By.cssSelector("[data-risk-row] td:first-child a")).stream()
                .map(link -> link.getText())
                .toList();
    }

    private void assessed(String hazard, int likelihood, int severity) {
        var hse = new Logins(context).viewer("hse");
        var area = jdbc.sql(
                        "select id from area where voided_at is null and (cast(:site as uuid) is null or site_id = :site)"
                                + " order by code limit 1")
                .param("site", hse.siteId())
                .query(UUID.class)
                .single();
        var category = taxonomy.current().get(0).id();
        var risk = register.identify(
                        new IdentifyRisk(
                                null,
                                null,
                                area,
                                "Casting",
                                category,
                                hazard,
                                "Load falls",
                                "Crushing",
                                new Logins(context).viewer("manager").personId(),
                                LocalDate.now().plusMonths(3),
                                false),
                        hse)
                .record();
        register.assess(risk.id(), Precondition.none(), new AssessRisk(likelihood, severity, null), hse);
    }
}
