package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The meetings' filter on a phone, in English and Russian: the kind and status chosen are sent, kept in the form, shown
 * in every row, and carried by the export links.
 */
@BrowserTest
class MeetingListBrowserTests extends BrowserJourney {

    MeetingListBrowserTests() {
        super(Browser::phone);
    }

    @Test
    void theFilterChosenOnAPhoneNarrowsTheListAndItsExportInBothLanguages() {
        signIn("hse");
        for (var lang : new String[] {"en", "ru"}) {
            open("/meetings?lang=" + lang);
            var form = By.cssSelector("form[data-meeting-filter]");
            waitFor(ExpectedConditions.visibilityOfElementLocated(form));
            new Select(browser.findElement(By.cssSelector("[data-meeting-filter] select[name=kind]")))
                    .selectByValue("COMMITTEE");
            new Select(browser.findElement(By.cssSelector("[data-meeting-filter] select[name=status]")))
                    .selectByValue("HELD");
            browser.findElement(By.cssSelector("[data-meeting-filter] button[type=submit]"))
                    .click();
            waitFor(ExpectedConditions.urlContains("kind=COMMITTEE"));

            assertThat(browser.getCurrentUrl()).as(lang).contains("status=HELD");
            assertThat(new Select(browser.findElement(By.cssSelector("[data-meeting-filter] select[name=kind]")))
                            .getFirstSelectedOption()
                            .getText())
                    .as(lang)
                    .isEqualTo(lang.equals("ru") ? "Комитет по охране труда" : "Safety committee");
            for (var row : browser.findElements(By.cssSelector("tr[data-meeting]"))) {
                assertThat(row.getText())
                        .as(lang)
                        .contains(lang.equals("ru") ? "Комитет по охране труда" : "Safety committee");
            }
            assertThat(browser.findElements(By.cssSelector("a[href*='/meetings/export']")))
                    .as(lang + ": the export links carry the filter")
                    .hasSize(2)
                    .allSatisfy(
                            link -> assertThat(link.getAttribute("href")).contains("kind=COMMITTEE", "status=HELD"));
        }
    }
}
