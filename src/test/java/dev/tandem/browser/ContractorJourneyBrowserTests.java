package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.contractor.EngagementScene;
import dev.tandem.contractor.access.Credentials;
import dev.tandem.contractor.prequalification.ContractorRegister;
import dev.tandem.contractor.prequalification.DefinePolicy;
import dev.tandem.contractor.prequalification.PlantDay;
import dev.tandem.contractor.prequalification.PolicyRegister;
import dev.tandem.demo.DemoProperties;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.Logins;
import dev.tandem.identity.OpenAccount;
import dev.tandem.organisation.DefineArea;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.organisation.RegisterOrganisation;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.training.CompetenceCatalogue;
import dev.tandem.training.DefineCompetence;
import dev.tandem.training.EvidenceKind;
import dev.tandem.training.RecordTraining;
import dev.tandem.training.RequireCompetence;
import dev.tandem.training.RequirementsMatrix;
import dev.tandem.training.TrainingClearance;
import dev.tandem.training.TrainingLog;
import dev.tandem.training.TrainingResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19's journeys, on a contractor, site and people of its own: the contractor's supervisor files its insurance
 * certificate and a worker's training with a photo of the certificate in the portal on a phone; the safety department
 * approves both; the mentor plans the engagement with a risk from the register, both sides sign the review and the
 * mentor starts the work; a guard scans the worker's badge on a 390-pixel phone and reads "cleared". And on a phone:
 * the safety department returns a course with what to change, the supervisor corrects it with a scan, and it is
 * approved.
 */
@BrowserTest
class ContractorJourneyBrowserTests extends BrowserJourney {

    private static final byte[] PDF = "%PDF-1.4\n% a scan\n".getBytes(StandardCharsets.US_ASCII);

    /** The first bytes of a PNG picture, by which a photo is recognised. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    String tag;
    LocalDate today;
    UUID site;
    UUID area;
    UUID mentorPerson;
    UUID contractor;
    UUID competence;
    UUID risk;
    String workerName;
    String badge;

    ContractorJourneyBrowserTests() {
        super(Browser::phone);
    }

    @BeforeEach
    void setUp() throws Exception {
        tag = UUID.randomUUID().toString().substring(0, 8);
        today = context.getBean(PlantDay.class).today();
        var logins = new Logins(context);
        var admin = logins.viewer("admin");
        var hse = logins.viewer("hse");
        var plant = context.getBean(PlantStructure.class);
        var people = context.getBean(OrganisationRegister.class);
        site = plant.createSite(null, DefineSite.named("J" + tag, "Journey " + tag, "Europe/Moscow", null), admin)
                .id();
        mentorPerson = account("mentor" + tag, admin.organisationId(), "Mentor " + tag, Role.LINE_MANAGER);
        area = plant.createArea(null, new DefineArea(site, "J" + tag + "A", "Bay " + tag, mentorPerson, null), admin)
                .id();
        account("guard" + tag, admin.organisationId(), "Guard " + tag, Role.WORKER);
        var training = context.getBean(TrainingLog.class);
        for (var held : context.getBean(CompetenceCatalogue.class).current()) {
            if (held.mentor()) {
                training.record(pass(mentorPerson, held.id()), hse);
            }
        }
        competence = context.getBean(CompetenceCatalogue.class)
                .define(
                        null,
                        new DefineCompetence(
                                "HOT" + tag.toUpperCase().replace('-', '_'),
                                "Hot work " + tag,
                                "Огневые работы " + tag,
                                12,
                                EvidenceKind.CERTIFICATE,
                                false),
                        hse)
                .record()
                .id();
        context.getBean(RequirementsMatrix.class)
                .require(null, new RequireCompetence(competence, null, null, area), hse);
        risk = EngagementScene.identifiedRisk(context, area, "Relining " + tag, mentorPerson, today);

        var type = UUID.randomUUID();
        context.getBean(PolicyRegister.class)
                .define(
                        type,
                        new DefinePolicy(
                                "Journey " + tag,
                                List.of(new DefinePolicy.Requirement(
                                        "INSURANCE", "Insurance certificate", 30, 30, true))),
                        hse);
        contractor = people.registerContractor(null, RegisterOrganisation.named("Journey " + tag + " LLC"), hse)
                .id();
        var contractors = context.getBean(ContractorRegister.class);
        contractors.changeStatus(
                contractor, Precondition.none(), OrganisationStatus.ONBOARDING, "Contract signed", hse);
        contractors.classify(contractor, Precondition.none(), type, hse);
        account("sup" + tag, contractor, "Supervisor " + tag, Role.CONTRACTOR_SUPERVISOR);
        workerName = "Welder " + tag;
        var worker = people.addPerson(
                        null, new RegisterPerson(contractor, workerName, "Welder", site, null, null, null, null), hse)
                .record()
                .id();
        badge = context.getBean(Credentials.class)
                .issue(contractor, worker, hse)
                .code();
        // what else the plant requires of everyone is on record, so the journey's own course decides the answer
        var clearance = context.getBean(TrainingClearance.class);
        for (var gap : clearance
                .clearedNow(worker, new TrainingClearance.Work(area, Set.of()))
                .gaps()) {
            if (!gap.competenceId().equals(competence)) {
                training.record(pass(worker, gap.competenceId()), hse);
            }
        }
    }

    @Test
    void aSupervisorFilesInThePortalHseApprovesTheMentorAgreesTheWorkAndTheGuardReadsCleared() throws Exception {
        signIn("sup" + tag);
        open("/contractors/portal");
        assertFitsTheWindow("the portal");
        fileTheInsurance();
        recordTheWorkersCourse();
        reopen(Browser::desktop);
        signIn("hse");
        approveTheDocumentAndTheCourse();
        signOut();

        signIn("mentor" + tag);
        var engagement = planWithTheRisk();
        click(By.cssSelector("[data-sign]"));
        signOut();
        signIn("sup" + tag);
        open("/engagements/" + engagement);
        click(By.cssSelector("[data-sign]"));
        signOut();
        signIn("mentor" + tag);
        open("/engagements/" + engagement);
        click(By.cssSelector("[data-start]"));
        assertThat(text("[data-engagement-status]")).isEqualTo(message("engagement.status.ACTIVE"));
        reopen(Browser::phone);
        signIn("guard" + tag);
        open("/access");
        browser.findElement(By.id("code")).sendKeys(badge);
        click(By.cssSelector("[data-access-form] button[type=submit]"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-access-verdict]")));
        assertThat(text("[data-access-person]")).isEqualTo(workerName);
        assertThat(text("[data-access-verdict]"))
                .as("the answer, with its reasons: %s", text("main"))
                .isEqualTo(message("access.cleared"));
        assertFitsTheWindow("the answer");
    }

    @Test
    void hseReturnsACourseWithWhatToChangeTheSupervisorCorrectsItOnAPhoneAndHseApprovesIt() throws Exception {
        signIn("sup" + tag);
        open("/contractors/portal");
        recordTheWorkersCourse();
        signOut();

        var comment = "The completion day is wrong " + tag;
        signIn("hse");
        open("/training/records?status=PENDING_APPROVAL&q=" + tag);
        var row = By.xpath("//tr[contains(., '" + workerName + "')]");
        assertThat(waitFor(ExpectedConditions.presenceOfElementLocated(row))
                        .findElements(By.cssSelector("[data-evidence]")))
                .as("the photo sent with the course")
                .hasSize(1);
        browser.findElement(row)
                .findElement(By.cssSelector("[data-return] input[name=comment]"))
                .sendKeys(comment);
        click(row, By.cssSelector("[data-return] button"));
        signOut();

        signIn("sup" + tag);
        open("/contractors/portal");
        var returned = By.xpath("//li[@data-unapproved][contains(., '" + workerName + "')]");
        assertThat(browser.findElement(returned).getText())
                .contains(comment)
                .contains(message("training.status.RETURNED"));
        click(returned, By.cssSelector("[data-correct]"));
        assertThat(text("[data-returned-comment]")).contains(comment);
        assertThat(browser.findElements(By.cssSelector("[data-files] [data-evidence]")))
                .hasSize(1);
        assertFitsTheWindow("the correction");
        var form = By.cssSelector("form[data-training-form]");
        date(browser.findElement(form).findElement(By.id("completedOn")), today.minusDays(5));
        browser.findElement(form).findElement(By.name("file")).sendKeys(file("certificate", ".pdf", PDF));
        click(form, By.cssSelector("button[type=submit]"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-saved]")));
        assertThat(browser.findElement(returned).getText())
                .contains(message("training.status.PENDING_APPROVAL"))
                .doesNotContain(message("training.status.RETURNED"));
        signOut();

        signIn("hse");
        open("/training/records?status=PENDING_APPROVAL&q=" + tag);
        assertThat(waitFor(ExpectedConditions.presenceOfElementLocated(row)).getText())
                .contains(today.minusDays(5).toString());
        assertThat(browser.findElement(row).findElements(By.cssSelector("[data-evidence]")))
                .as("the photo and the scan sent with the correction")
                .hasSize(2);
        click(row, By.cssSelector("[data-approve] button"));
        open("/training/records?q=" + tag);
        assertThat(browser.findElement(row).getText()).contains(message("training.status.APPROVED"));
    }

    private void fileTheInsurance() throws Exception {
        var form = By.cssSelector("form[data-document-form]");
        new Select(browser.findElement(form).findElement(By.id("code"))).selectByValue("INSURANCE");
        browser.findElement(form).findElement(By.id("title")).sendKeys("Insurance " + tag);
        browser.findElement(form).findElement(By.id("number")).sendKeys("POL-" + tag);
        date(browser.findElement(form).findElement(By.id("validUntil")), today.plusYears(1));
        browser.findElement(form).findElement(By.id("file")).sendKeys(file("insurance", ".pdf", PDF));
        click(form, By.cssSelector("button[type=submit]"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-saved]")));
        assertThat(text("[data-portal-document-list]")).contains("Insurance " + tag);
    }

    private void recordTheWorkersCourse() throws Exception {
        var form = By.cssSelector("form[data-training-form]");
        new Select(browser.findElement(form).findElement(By.id("personId"))).selectByVisibleText(workerName);
        new Select(browser.findElement(form).findElement(By.id("competenceId"))).selectByValue(competence.toString());
        date(browser.findElement(form).findElement(By.id("completedOn")), today.minusDays(3));
        browser.findElement(form).findElement(By.id("provider")).sendKeys("Plant training centre");
        browser.findElement(form).findElement(By.id("evidenceReference")).sendKeys("CERT-" + tag);
        browser.findElement(form).findElement(By.name("file")).sendKeys(file("certificate", ".png", PNG));
        click(form, By.cssSelector("button[type=submit]"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-saved]")));
        assertThat(text("[data-portal-training]"))
                .contains(workerName)
                .contains(message("training.status.PENDING_APPROVAL"));
    }

    private void approveTheDocumentAndTheCourse() {
        open("/contractors/" + contractor + "?q=" + tag);
        var document = By.xpath("//li[@data-document][contains(., 'Insurance " + tag + "')]");
        click(document, By.cssSelector("[data-review-form] button[value=true]"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-document-status]")));
        assertThat(browser.findElement(document).getText()).contains(message("contractor.document.status.APPROVED"));

        open("/training/records?status=PENDING_APPROVAL&q=" + tag);
        assertThat(text("[data-approval-queue]")).contains("Journey " + tag + " LLC");
        var row = By.xpath("//tr[contains(., '" + workerName + "')]");
        click(row, By.cssSelector("[data-approve] button"));
        open("/training/records?q=" + tag);
        assertThat(browser.findElement(row).getText()).contains(message("training.status.APPROVED"));
    }

    /** The mentor plans the engagement from the contractor's file and picks the area's risk for its review. */
    private UUID planWithTheRisk() {
        open("/contractors/" + contractor + "/engagements/new");
        new Select(browser.findElement(By.id("siteId"))).selectByValue(site.toString());
        click(By.id("area-" + area));
        date(browser.findElement(By.id("startsOn")), today);
        date(browser.findElement(By.id("endsOn")), today.plusDays(60));
        browser.findElement(By.id("description")).sendKeys("Relining ladle " + tag);
        browser.findElement(By.id("plannedHeadcount")).sendKeys("6");
        new Select(browser.findElement(By.id("mentorPersonId"))).selectByValue(mentorPerson.toString());
        click(By.cssSelector("form[data-engagement-form] button[type=submit]"));
        waitFor(ExpectedConditions.urlMatches("/engagements/[0-9a-f-]{36}$"));
        var engagement = UUID.fromString(
                browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1));
        new Select(browser.findElement(By.cssSelector("[data-add-risk] select"))).selectByValue(risk.toString());
        click(By.cssSelector("[data-add-risk] button[type=submit]"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-risk='" + risk + "']")));
        return engagement;
    }

    /** A file of the content, for a form's file input to send. */
    private static String file(String name, String suffix, byte[] content) throws Exception {
        Path file = Files.createTempFile(name, suffix);
        Files.write(file, content);
        return file.toAbsolutePath().toString();
    }

    private UUID account(String username, UUID organisation, String name, Role role) {
        var admin = new Logins(context).viewer("admin");
        var person = context.getBean(OrganisationRegister.class)
                .addPerson(
                        null, new RegisterPerson(organisation, name, role.name(), site, null, null, null, null), admin)
                .record()
                .id();
        context.getBean(Accounts.class)
                .open(new OpenAccount(username, person, Set.of(role), DemoProperties.PASSWORD), admin);
        return person;
    }

    private RecordTraining pass(UUID person, UUID course) {
        return new RecordTraining(
                null,
                null,
                person,
                course,
                today.minusDays(10),
                TrainingResult.PASSED,
                "Trainer",
                null,
                "Certificate " + tag,
                today.plusYears(2));
    }

    private String message(String code) {
        return context.getMessage(code, null, java.util.Locale.ENGLISH);
    }

    private void date(WebElement input, LocalDate day) {
        browser.executeScript("arguments[0].value = arguments[1]", input, day.toString());
    }

    private void click(By locator) {
        var element = waitFor(ExpectedConditions.presenceOfElementLocated(locator));
        var leavesThePage = !"checkbox".equals(element.getAttribute("type"));
        click(element);
        if (leavesThePage) {
            waitFor(ExpectedConditions.stalenessOf(element));
        }
    }

    private void click(By within, By locator) {
        var element =
                waitFor(ExpectedConditions.presenceOfElementLocated(within)).findElement(locator);
        click(element);
        waitFor(ExpectedConditions.stalenessOf(element));
    }

    private String text(String selector) {
        return browser.findElement(By.cssSelector(selector)).getText();
    }
}
