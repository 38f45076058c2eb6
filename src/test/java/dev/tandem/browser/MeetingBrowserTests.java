package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.Logins;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A rotation meeting held on a 390-pixel phone, as the issue's "done means" tells it: the mentor (the demo's line
 * manager) opens a meeting of the engagement they mentor, whose agenda filled itself from the contractor's records;
 * finds both sides' people by name, marks them present, concludes an item, records a decision owned on the contractor's
 * side, has each present attendee sign with a finger and closes the record; the minutes come as a PDF. The contractor's
 * supervisor then sees the decision's action among the organisation's actions, from the portal. A site's safety
 * committee is held on the same pages, on the same phone.
 */
@BrowserTest
class MeetingBrowserTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    MeetingBrowserTests() {
        super(Browser::phone);
    }

    @Test
    void aMentorHoldsAPrefilledMeetingOnAPhoneAndTheContractorSeesItsDecisionAsAnAction() throws Exception {
        var logins = new Logins(context);
        var mentor = logins.viewer("manager");
        var supervisor = logins.viewer("contractor1");
        var engagement = jdbc.sql(
                        """
                        select id from contractor_engagement
                        where organisation_id = :contractor and mentor_person_id = :mentor and status = 'ACTIVE'
                        order by starts_on limit 1""")
                .param("contractor", supervisor.organisationId())
                .param("mentor", mentor.personId())
                .query(UUID.class)
                .single();
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var decision = "Tag every ladder before the crew change " + tag;

        signIn("manager");
        open("/meetings/engagements/" + engagement);
        var day = LocalDate.now(ZoneId.of("Europe/Moscow")).toString();
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("day")), day);
        browser.findElement(By.id("place")).sendKeys("Shift office " + tag);
        click(browser.findElement(By.cssSelector("[data-open-meeting]")));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-agenda]")));
        var meeting = UUID.fromString(browser.getCurrentUrl().replaceAll(".*/meetings/([0-9a-f-]{36}).*", "$1"));
        assertThat(browser.findElements(By.cssSelector("[data-agenda] li[data-item]")))
                .as("the agenda filled itself from the contractor's records")
                .isNotEmpty();

        attend("CONTRACTOR", name(supervisor.personId()), supervisor.personId());
        attend("PLANT", name(mentor.personId()), mentor.personId());
        click(browser.findElement(By.cssSelector("[data-agenda] li[data-item] [data-discussed]")));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-agenda] [data-outcome]")));

        browser.findElement(By.cssSelector("[data-add-decision] input[name=text]"))
                .sendKeys(decision);
        pick(
                browser.findElement(By.cssSelector("[data-owner-search]")),
                "decision-owner",
                name(supervisor.personId()),
                supervisor.personId());
        click(browser.findElement(By.cssSelector("[data-decide]")));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-decisions]"), decision));

        for (int signed = 1; signed <= 2; signed++) {
            sign();
            int expected = signed;
            waitFor(driver ->
                    browser.findElements(By.cssSelector("[data-signed] img")).size() == expected);
        }
        assertFitsTheWindow("the meeting's page");
        click(browser.findElement(By.cssSelector("[data-close]")));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-meeting-status]"), "Held"));

        @SuppressWarnings("unchecked")
        var minutes = (Map<String, Object>)
                browser.executeAsyncScript(
                        """
                var done = arguments[arguments.length - 1];
                fetch(document.querySelector('[data-minutes]').href).then(function (response) {
                    return response.arrayBuffer().then(function (bytes) {
                        done({type: response.headers.get('Content-Type'), size: bytes.byteLength,
                            start: String.fromCharCode.apply(null, new Uint8Array(bytes.slice(0, 5)))});
                    });
                });""");
        assertThat(minutes)
                .as("the minutes downloaded as a PDF")
                .containsEntry("type", "application/pdf")
                .containsEntry("start", "%PDF-");
        assertThat(((Number) minutes.get("size")).longValue()).isGreaterThan(1000);
        assertThat(jdbc.sql("select owner_person_id from meeting_decision where meeting_record = :id")
                        .param("id", meeting)
                        .query(UUID.class)
                        .list())
                .containsExactly(supervisor.personId());

        reopen(Browser::phone);
        signIn("contractor1");
        open("/contractors/portal");
        var ours = waitFor(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href*='myOrganisation=true']")))
                .getAttribute("href");
        open(ours.replace(address(""), "") + "&q=" + tag);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), decision));
    }

    @Test
    void aSiteManagerHoldsTheSitesSafetyCommitteeOnAPhoneThroughTheSameMeetingPages() throws Exception {
        var manager = new Logins(context).viewer("manager");
        var tag = UUID.randomUUID().toString().substring(0, 8);
        signIn("manager");
        open("/meetings/committees/" + manager.siteId());
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-committee-schedule]")));
        assertThat(browser.findElements(By.cssSelector("[data-member]")))
                .as("the demo's committee has its members")
                .isNotEmpty();
        var day = LocalDate.now(ZoneId.of("Europe/Moscow")).toString();
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("day")), day);
        browser.findElement(By.id("place")).sendKeys("Committee room " + tag);
        click(browser.findElement(By.cssSelector("[data-open-meeting]")));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-agenda]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Safety committee");
        assertThat(browser.findElements(By.cssSelector("[data-attendee]")))
                .as("its members are on the list of attendees")
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("form[data-add-attendee][data-side='CONTRACTOR']")))
                .as("no contractor is invited, so none is offered")
                .isEmpty();

        attend("PLANT", name(manager.personId()), manager.personId());
        sign();
        waitFor(driver ->
                browser.findElements(By.cssSelector("[data-signed] img")).size() == 1);
        assertThat(browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the committee's meeting fits a 390-pixel phone")
                .isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector("[data-close-hint]")).getText())
                .contains("every present attendee has signed");
        click(browser.findElement(By.cssSelector("[data-close]")));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-meeting-status]"), "Held"));
    }

    /** Finds the person by name in the side's picker, marks them present and adds them. */
    private void attend(String side, String name, UUID person) {
        var form = "form[data-add-attendee][data-side='" + side + "']";
        pick(browser.findElement(By.cssSelector(form + " [data-person-search]")), "people-" + side, name, person);
        click(browser.findElement(By.cssSelector(form + " button[type=submit]")));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-attendee='" + name + "']")));
    }

    /**
     * Searches for the name (one search, as pressing Enter in the box sends it: a swap of the options answering an
     * earlier keystroke would undo the choice) and chooses the person once the server's answer lists them.
     */
    private void pick(WebElement search, String select, String name, UUID person) {
        // the options the page came with are cleared first, so that the person listed is the server's answer
        browser.executeScript(
                "document.getElementById(arguments[2]).innerHTML = '';"
                        + " arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('search'))",
                search,
                name,
                select);
        var option = By.cssSelector("#" + select + " option[value='" + person + "']");
        waitFor(ExpectedConditions.presenceOfElementLocated(option));
        new Select(browser.findElement(By.id(select))).selectByValue(person.toString());
        assertThat(browser.findElements(By.cssSelector("#" + select + " option")))
                .as("the search found %s on its side only", name)
                .hasSizeLessThanOrEqualTo(3);
    }

    /** The first attendee still to sign opens the pad, draws with a finger and saves. */
    private void sign() {
        var pad = browser.findElement(By.cssSelector("details[data-sign]"));
        click(pad.findElement(By.tagName("summary")));
        drawSignature(waitFor(
                ExpectedConditions.visibilityOf(pad.findElement(By.cssSelector("canvas[data-signature-pad]")))));
        var big = pad.findElement(By.cssSelector("[data-signature-save]"))
                .getSize()
                .getHeight();
        assertThat(big).as("a button big enough for a gloved finger").isGreaterThanOrEqualTo(44);
        click(pad.findElement(By.cssSelector("[data-signature-save]")));
    }

    private String name(UUID person) {
        return jdbc.sql("select full_name from person where id = :id")
                .param("id", person)
                .query(String.class)
                .single();
    }
}
