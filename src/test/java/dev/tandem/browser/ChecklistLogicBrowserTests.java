package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.audit.Checklists;
import dev.tandem.audit.SampleChecklists;
import dev.tandem.identity.Logins;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The phone's script answers the shared condition vectors (src/test/resources/audit/condition-vectors.json) as the
 * server does (ChecklistLogicTests), and a template's page on a 390-pixel phone shows a question only while its
 * condition across two other questions holds.
 */
@BrowserTest
class ChecklistLogicBrowserTests extends BrowserJourney {

    @Autowired
    Checklists checklists;

    @Autowired
    ApplicationContext context;

    ChecklistLogicBrowserTests() {
        super(Browser::phone);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePhonesScriptAnswersEverySharedVectorAsTheServerDoesAndTheTemplateShowsQuestionsByTheirConditions()
            throws Exception {
        var template = SampleChecklists.cranePreUseCheck(checklists, new Logins(context).viewer("hse"));
        String vectors;
        try (var in = getClass().getResourceAsStream("/audit/condition-vectors.json")) {
            vectors = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        signIn("hse");
        open("/audit/templates/" + template);

        var wrong = (List<Map<String, Object>>) browser.executeScript(
                """
                return JSON.parse(arguments[0])
                    .map(v => ({name: v.name, expected: v.expected, got: window.TandemChecklistLogic.holds(v.rule, v.data)}))
                    .filter(v => v.got !== v.expected);""",
                vectors);
        var count = (Long) browser.executeScript("return JSON.parse(arguments[0]).length", vectors);
        assertThat(count).isGreaterThan(40);
        assertThat(wrong)
                .as("vectors the phone answers otherwise than the server")
                .isEmpty();

        var overload = browser.findElement(By.cssSelector("[data-question][data-name=overload]"));
        assertThat(overload.isDisplayed()).isFalse();
        new Select(browser.findElement(By.name("latches"))).selectByValue("no");
        browser.findElement(By.name("load")).sendKeys("8");
        waitFor(Duration.ofSeconds(5), driver -> overload.isDisplayed());
        browser.findElement(By.name("load")).clear();
        browser.findElement(By.name("load")).sendKeys("4");
        waitFor(Duration.ofSeconds(5), driver -> !overload.isDisplayed());
    }
}
