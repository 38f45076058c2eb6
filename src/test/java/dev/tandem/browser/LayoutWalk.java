package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.audit.InspectionKind;
import dev.tandem.audit.InspectionWork;
import dev.tandem.audit.StartInspection;
import dev.tandem.contractor.access.Credentials;
import dev.tandem.contractor.prequalification.DefinePolicy;
import dev.tandem.contractor.prequalification.PlantDay;
import dev.tandem.contractor.prequalification.PolicyRegister;
import dev.tandem.identity.Logins;
import dev.tandem.investigation.AddFact;
import dev.tandem.investigation.InvestigatedRecord;
import dev.tandem.investigation.InvestigationDesk;
import dev.tandem.investigation.LessonDesk;
import dev.tandem.investigation.LessonText;
import dev.tandem.investigation.OpenInvestigation;
import dev.tandem.investigation.PlanInvestigation;
import dev.tandem.investigation.RecordKind;
import dev.tandem.meeting.holding.MeetingDesk;
import dev.tandem.meeting.holding.OpenMeeting;
import dev.tandem.meeting.holding.RecordDecision;
import dev.tandem.meeting.rotations.RotationPlanning;
import dev.tandem.meeting.rotations.SetRotationPattern;
import dev.tandem.notification.NotificationKind;
import dev.tandem.notification.NotificationKinds;
import dev.tandem.notification.delivery.AcknowledgeLinks;
import dev.tandem.notification.delivery.Webhooks;
import dev.tandem.notification.delivery.Webhooks.WebhookSettings;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.stopwork.RaiseStopWork;
import dev.tandem.stopwork.StopWorkControl;
import dev.tandem.stopwork.StopWorkStatus;
import dev.tandem.training.RecordTraining;
import dev.tandem.training.TrainingEvidence;
import dev.tandem.training.TrainingLog;
import dev.tandem.training.TrainingResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every page of the demo plant at 1280 px and on a 390-px phone, each page as the role that sees the most on
 * it, and the start page and menu of every demo login, and reports what a reader could not read (see
 * {@link LayoutFindings}). One browser per language; each login signs in once, and the window is resized between
 * the two widths instead of restarting. The pages come from the application's own request mappings, so a new page
 * fails the walk until it is walked or excluded here with its reason.
 */
abstract class LayoutWalk extends BrowserJourney {

    private static final List<String> DEMO_LOGINS = List.of(
            "admin", "director", "hse", "manager", "worker", "contractor1", "contractor1.worker", "contractor2");

    /** Pages (by their mapping) the walk leaves out, and why. */
    private static final Map<String, String> NOT_WALKED = Map.ofEntries(
            Map.entry("/screen/{token}", "a television's page, read at 1920 px by ReadableLayoutBrowserTests"),
            Map.entry("/screen/{token}/figures", "a television's figures, swapped into its page"),
            Map.entry("/events/queue/review", "a start page's panel, walked on the start pages"),
            Map.entry("/events/queue/mine", "a start page's panel, walked on the start pages"),
            Map.entry("/actions/panel", "a start page's panel, walked on the start pages"),
            Map.entry("/dashboard/headlines", "a start page's panel, walked on the director's start page"),
            Map.entry("/actions/by-source/{sourceId}", "an event page's panel, walked on the event's page"),
            Map.entry(
                    "/investigations/{id}/lesson", "an investigation page's panel, walked on the investigation's page"),
            Map.entry("/signals/equipment/{id}/now", "a machine page's panel, walked on the machine's page"),
            Map.entry("/signals/warnings/{eventId}/window", "an early warning's chart on its event's page"),
            Map.entry("/signals/alarms", "the signals page's alarm management panel, walked on the signals page"),
            Map.entry("/dashboard/figures", "the dashboard's figures, swapped into the dashboard"),
            Map.entry("/audit/figures/panel", "the dashboard's inspections panel, walked on the dashboard"),
            Map.entry("/meetings/figures/panel", "the dashboard's meetings panel, walked on the dashboard"),
            Map.entry(
                    "/audit/inspections/{id}/shares",
                    "a completed inspection's panel of share links (the walked inspection is in progress);"
                            + " InspectionReportIntegrationTests reads the links it makes"),
            Map.entry("/areas/owners", "the options of the area form's owner field"),
            Map.entry("/sites/hse-leads", "the options of the site form's HSE lead field"),
            Map.entry("/actions/owners", "the options of the action form's owner field"),
            Map.entry("/enterprise/managing-directors", "the options of the enterprise form's managing director field"),
            Map.entry("/risks/owners", "the options of the risk form's owner field"),
            Map.entry("/audit/schedules/people", "the options of the schedule form's person field"),
            Map.entry("/meetings/{id}/people", "the options of a meeting's person pickers"),
            Map.entry("/training/figures", "the dashboard's training panel, walked on the dashboard"),
            Map.entry("/contractors/standings", "the dashboard's contractors panel, walked on the dashboard"),
            Map.entry("/risks/{id}/controls", "a risk page's panel, walked on the risk's page"),
            Map.entry("/risks/critical-controls/on-time", "a panel loaded into the register's tab of fatal risks"),
            Map.entry(
                    "/risks/imports/{id}",
                    "an import's progress, which lives only while its importer's job runs (RiskImportIntegrationTests"
                            + " reads it)"),
            Map.entry(
                    "/training/imports/{id}",
                    "an import's progress, which lives only while its importer's job runs"
                            + " (TrainingImportIntegrationTests reads it)"));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AcknowledgeLinks acknowledgeLinks;

    @Autowired
    Webhooks webhooks;

    @Autowired
    StopWorkControl stops;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    LayoutWalk() {
        super(Browser::desktop);
    }

    /** The language of the pages, which is the demo plant's. */
    abstract String language();

    /** A page walked: the mapping it answers, who opens it (null: nobody signed in) and the address. */
    record Walked(String mapping, String login, String path) {}

    @Test
    void everyPageReadsWholeAt1280PixelsAndOnAPhone() {
        var found = new ArrayList<String>();
        for (var login : byLogin(pages()).entrySet()) {
            browser.manage().deleteAllCookies();
            if (login.getKey() != null) {
                signIn(login.getKey());
            }
            for (var phone : List.of(false, true)) {
                Browser.emulatePhone(browser, phone);
                for (var page : login.getValue()) {
                    openInTheWalksLanguage(page.path());
                    var where = "%s at %s px as %s: ".formatted(page.path(), phone ? 390 : 1280, page.login());
                    if (!page.mapping().equals("/error") && LayoutFindings.isAnErrorPage(browser)) {
                        found.add(where + "answered with an error page");
                    }
                    LayoutFindings.of(browser, phone).forEach(finding -> found.add(where + finding));
                    if (page.mapping().equals("/") && page.login() != null) {
                        LayoutFindings.ofTheMenu(browser, phone).forEach(finding -> found.add(where + finding));
                    }
                }
            }
        }
        assertThat(found).as("what a reader could not read in " + language()).isEmpty();
    }

    @Test
    void theWalkVisitsEveryPageOrSaysWhyNot() {
        var walked = pages().stream().map(Walked::mapping).collect(Collectors.toCollection(TreeSet::new));
        var pages = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (isPage(info, method)) {
                pages.addAll(info.getPatternValues());
            }
        });
        pages.removeAll(NOT_WALKED.keySet());
        assertThat(walked).as("the pages walked").isEqualTo(pages);
    }

    /** A GET of a controller that renders a view: neither a body (API, file, photo) nor a stream. */
    private static boolean isPage(RequestMappingInfo info, HandlerMethod method) {
        var methods = info.getMethodsCondition().getMethods();
        var type = method.getBeanType();
        return (methods.isEmpty() || methods.contains(RequestMethod.GET))
                && type.isAnnotationPresent(Controller.class)
                && !type.isAnnotationPresent(ResponseBody.class)
                && !method.hasMethodAnnotation(ResponseBody.class)
                && !HttpEntity.class.isAssignableFrom(method.getReturnType().getParameterType())
                && info.getProducesCondition().getProducibleMediaTypes().stream()
                        .noneMatch(type2 -> type2.getSubtype().equals("event-stream"));
    }

    /** Every page, as the role that sees the most on it; each demo login's start page and menu. */
    private List<Walked> pages() {
        var pages = new ArrayList<Walked>();
        pages.add(new Walked("/login", null, "/login"));
        pages.add(new Walked("/acknowledge/{token}", null, acknowledgeLink()));
        pages.add(new Walked("/password/forgotten", null, "/password/forgotten?sent"));
        // a link that is not (or no longer) valid: the form behind a valid one is the sign-in page's
        pages.add(new Walked("/password/reset/{token}", null, "/password/reset/expired-or-altered"));
        DEMO_LOGINS.forEach(login -> pages.add(new Walked("/", login, "/")));
        admin(pages);
        registers(pages);
        plant(pages);
        pages.add(new Walked("/dashboard", "director", "/dashboard"));
        pages.add(new Walked("/actions", "manager", "/actions"));
        pages.add(new Walked("/notifications", "manager", "/notifications"));
        pages.add(new Walked("/notifications/preferences", "manager", "/notifications/preferences"));
        pages.add(new Walked("/account", "manager", "/account"));
        pages.add(new Walked("/report", "contractor1.worker", "/report"));
        pages.add(new Walked("/stop", "contractor1.worker", "/stop"));
        pages.add(new Walked("/stops", "hse", "/stops"));
        pages.add(new Walked("/stops/{id}", "hse", "/stops/" + acknowledgedStop()));
        investigations(pages);
        contractors(pages);
        pages.add(new Walked("/error", "hse", "/events/" + new UUID(0, 0)));
        return pages;
    }

    private void admin(List<Walked> pages) {
        var user = one("select id from user_account where username = 'hse'");
        walk(pages, "admin", "/users", "/users/new", "/sites", "/sites/new", "/enterprise", "/admin/deliveries");
        walk(pages, "admin", "/admin/webhooks");
        pages.add(new Walked("/admin/webhooks/{id}", "admin", webhookPage()));
        pages.add(new Walked("/users/{id}", "admin", "/users/" + user));
        pages.add(new Walked("/sites/{id}", "admin", "/sites/" + one("select id from site order by code limit 1")));
    }

    private void registers(List<Walked> pages) {
        walk(pages, "hse", "/people", "/people/new", "/organisations", "/organisations/new", "/areas", "/areas/new");
        walk(pages, "hse", "/events", "/hours", "/screens", "/notifications/rules", "/notifications/ladders");
        walk(pages, "hse", "/risks/new", "/risks", "/risks/matrix");
        var risk = one(LONGEST_RISK);
        pages.add(new Walked("/risks/{id}", "hse", "/risks/" + risk));
        walk(pages, "hse", "/risks/import");
        pages.add(new Walked("/risks/{id}/controls/new", "hse", "/risks/" + risk + "/controls/new"));
        // a critical control with its verifications, where a phone records the next one
        pages.add(new Walked(
                "/risks/{id}/controls/{controlId}",
                "hse",
                jdbc.sql("select risk_id, id from risk_control where critical and voided_at is null"
                                + " order by created_at, id limit 1")
                        .query((row, n) -> "/risks/" + row.getObject(1) + "/controls/" + row.getObject(2))
                        .single()));
        pages.add(new Walked("/risks/top", "director", "/risks/top"));
        // the director's own site, where the choice's form is shown too
        pages.add(new Walked(
                "/risks/top/{siteId}",
                "director",
                "/risks/top/"
                        + one("select p.site_id from person p join user_account u on u.person_id = p.id"
                                + " where u.username = 'director'")));
        pages.add(new Walked("/people/{id}", "hse", "/people/" + one(LONGEST_NAME)));
        pages.add(new Walked(
                "/organisations/{id}",
                "hse",
                "/organisations/" + one("select id from organisation order by length(name) desc limit 1")));
        pages.add(new Walked("/areas/{id}", "hse", "/areas/" + one("select id from area order by code limit 1")));
        var incident = one(INCIDENT_UNDER_REVIEW);
        pages.add(new Walked("/events/{id}", "hse", "/events/" + incident));
        pages.add(new Walked("/actions/new", "hse", "/actions/new?sourceType=EVENT&sourceId=" + incident));
        pages.add(new Walked("/actions/{id}", "hse", "/actions/" + one(VERIFIED_ACTION)));
        pages.add(new Walked("/hours/{id}", "hse", "/hours/" + one("select id from hours_worked limit 1")));
        pages.add(new Walked("/notifications/ladders/{kind}", "hse", "/notifications/ladders/action.overdue"));
        training(pages);
        audit(pages);
    }

    private void audit(List<Walked> pages) {
        walk(pages, "hse", "/audit/templates", "/audit/templates/new");
        // the demo's checklist with the most questions
        var template = one(
                """
                select t.id from audit_template t where t.organisation_id is null and t.voided_at is null
                and t.published_version > 0
                order by (select count(*) from audit_template_question q where q.audit_template = t.id) desc, t.id
                limit 1""");
        pages.add(new Walked("/audit/templates/{id}", "hse", "/audit/templates/" + template));
        walk(pages, "hse", "/audit/inspections", "/audit/schedules");
        walk(pages, "contractor1.worker", "/audit/field");
        walk(pages, "hse", "/audit/figures");
        var hse = new Logins(context).viewer("hse");
        var site = hse.siteId() != null ? hse.siteId() : one("select id from site order by code limit 1");
        // a joint one, walked by the contractor's supervisor who started it: its signature pad is on the page
        var logins = new Logins(context);
        var inspection = context.getBean(InspectionWork.class)
                .start(
                        new StartInspection(
                                null,
                                template,
                                site,
                                null,
                                null,
                                null,
                                null,
                                InspectionKind.JOINT,
                                logins.viewer("manager").personId()),
                        logins.viewer("contractor1"))
                .record();
        pages.add(new Walked("/audit/inspections/{id}", "contractor1", "/audit/inspections/" + inspection.id()));
    }

    private void training(List<Walked> pages) {
        walk(pages, "hse", "/training", "/training/records", "/training/competences", "/training/competences/new");
        walk(pages, "hse", "/training/requirements", "/training/import");
        pages.add(new Walked(
                "/training/competences/{id}",
                "hse",
                "/training/competences/" + one("select id from competence order by length(name_en) desc limit 1")));
        pages.add(new Walked("/training/people/{personId}", "hse", "/training/people/" + one(LONGEST_NAME)));
        // a contractor's supervisor's sign-in sheet lists their own people
        walk(pages, "contractor1", "/training/sessions/new");
        // a worker's own training, on a phone among the widths walked
        pages.add(new Walked("/training/me", "contractor1.worker", "/training/me"));
    }

    private void plant(List<Walked> pages) {
        walk(pages, "hse", "/equipment", "/equipment/new", "/equipment/upload", "/equipment/downtimes");
        walk(pages, "hse", "/signals", "/signals/tags", "/signals/tags/new", "/signals/replay");
        var machine = one("select equipment_id from signal_tag order by tag_key limit 1");
        pages.add(new Walked("/equipment/{id}", "hse", "/equipment/" + machine));
        pages.add(new Walked("/equipment/{id}/edit", "hse", "/equipment/" + machine + "/edit"));
        pages.add(new Walked(
                "/signals/tags/{id}",
                "hse",
                "/signals/tags/" + one("select id from signal_tag order by tag_key limit 1")));
    }

    /**
     * A stop waiting for its cause to be dealt with, with long words, so that its page shows every answer's form: the
     * demo plant's stops come with their module's demo year, so the walk raises its own (once, under a fixed id).
     */
    private UUID acknowledgedStop() {
        var logins = new Logins(context);
        var worker = logins.viewer("contractor1.worker");
        // on the safety department's site, whose specialist answers it
        var area = one(
                """
                select a.id from area a where a.voided_at is null and a.site_id =
                    (select p.site_id from person p join user_account u on u.person_id = p.id where u.username = 'hse')
                order by length(a.name) desc limit 1""");
        var raise = new RaiseStopWork(
                UUID.nameUUIDFromBytes("layout-walk-stop".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                area,
                worker.organisationId(),
                "Replacing the refractory lining of the tundish with the overhead travelling crane",
                "The crane cab's air conditioning has failed: the operator measured 45 °C in the cab and feels faint",
                null,
                null);
        var stop = stops.raise(raise, null, worker).record();
        if (stop.status() == StopWorkStatus.RAISED) {
            stops.acknowledge(stop.id(), Precondition.none(), logins.viewer("hse"));
        }
        return stop.id();
    }

    /** The contractors' pages: the contractor with the longest name, and a contractor type of six documents. */
    private void contractors(List<Walked> pages) {
        walk(pages, "hse", "/contractors", "/contractors/types", "/contractors/types/new");
        var longest = one("select id from organisation where kind = 'CONTRACTOR' and voided_at is null"
                + " order by length(name) desc, id limit 1");
        pages.add(
                new Walked("/contractors/{id}/engagements/new", "hse", "/contractors/" + longest + "/engagements/new"));
        var requirements = new ArrayList<DefinePolicy.Requirement>();
        for (var code : List.of("INSURANCE", "LICENCE", "SRO", "ISO45001", "HOT_WORK", "HEIGHTS")) {
            requirements.add(new DefinePolicy.Requirement(code, "Certificate " + code.toLowerCase(), 30, 60, true));
        }
        var type = context.getBean(PolicyRegister.class)
                .define(
                        UUID.fromString("0c0a7a1c-0000-4000-8000-000000000001"),
                        new DefinePolicy("Layout walk: construction and installation", requirements),
                        Viewer.system())
                .record();
        pages.add(new Walked("/contractors/types/{id}", "hse", "/contractors/types/" + type.id()));
        pages.add(new Walked("/contractors/{id}", "hse", "/contractors/" + longest));
        // a badge with its QR beside those still without one
        var badges = context.getBean(Credentials.class);
        badges.issue(longest, badges.of(longest, Viewer.system()).get(0).personId(), Viewer.system());
        pages.add(new Walked("/contractors/{id}/credentials", "hse", "/contractors/" + longest + "/credentials"));
        walk(pages, "hse", "/contractors/onboarding", "/contractors/onboarding/steps/new");
        walk(pages, "manager", "/contractors/mine");
        walk(pages, "contractor1", "/contractors/portal");
        pages.add(new Walked(
                "/contractors/portal/training/{recordId}",
                "contractor1",
                "/contractors/portal/training/" + returnedTraining()));
        pages.add(new Walked(
                "/contractors/onboarding/steps/{id}",
                "hse",
                "/contractors/onboarding/steps/6b0d0b84-0001-4000-8000-000000000003"));
        var onboarding = jdbc.sql("select organisation_id from contractor_onboarding where voided_at is null"
                        + " order by started_on desc, organisation_id limit 1")
                .query(UUID.class)
                .optional()
                .orElse(longest);
        pages.add(new Walked("/contractors/{id}/onboarding", "hse", "/contractors/" + onboarding + "/onboarding"));
        // the first contractor's engagement under way, its risk review signed by its mentor and its supervisor
        var engagement = one("select id from contractor_engagement where status = 'ACTIVE' and organisation_id = '"
                + new Logins(context).viewer("contractor1").organisationId() + "' order by id limit 1");
        pages.add(new Walked("/engagements/{id}", "hse", "/engagements/" + engagement));
        meetings(pages, engagement);
        // an unknown code: the answer for a known one is read by EngagementIntegrationTests
        pages.add(new Walked("/access", "worker", "/access?code=NOBODY"));
    }

    /**
     * The meetings' pages: the list and figures, and the first contractor's engagement with a weekly pattern and a
     * meeting its mentor holds, with an item, both sides present and a decision, each as its mentor sees them.
     */
    private void meetings(List<Walked> pages, UUID engagement) {
        var logins = new Logins(context);
        var mentor = logins.viewer("manager");
        var supervisor = logins.viewer("contractor1");
        walk(pages, "hse", "/meetings", "/meetings/figures");
        var desk = context.getBean(MeetingDesk.class);
        var planning = context.getBean(RotationPlanning.class);
        if (planning.pattern(engagement, mentor).isEmpty()) {
            planning.set(
                    engagement,
                    Precondition.none(),
                    new SetRotationPattern(
                            "15/15", planning.engagement(engagement, mentor).startsOn(), "08:00"),
                    mentor);
        }
        var meeting = desk.open(
                        new OpenMeeting(
                                UUID.nameUUIDFromBytes(
                                        "layout-walk-meeting".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                                engagement,
                                Instant.now(),
                                "The shop manager's office beside the converter bay",
                                null),
                        mentor)
                .record();
        if (meeting.attendees().isEmpty()) {
            desk.attend(meeting.id(), Precondition.none(), mentor.personId(), true, mentor);
            desk.attend(meeting.id(), Precondition.none(), supervisor.personId(), true, mentor);
            desk.addItem(
                    meeting.id(),
                    Precondition.none(),
                    "Scaffold tags on the converter bay's platforms are missing after the night shift's relining",
                    mentor);
            desk.decide(
                    meeting.id(),
                    Precondition.none(),
                    new RecordDecision(
                            null,
                            "Tag every scaffold before the shift starts and show the tags at the next meeting",
                            supervisor.personId(),
                            null),
                    mentor);
        }
        pages.add(new Walked("/meetings/engagements/{engagementId}", "manager", "/meetings/engagements/" + engagement));
        pages.add(new Walked("/meetings/{id}", "manager", "/meetings/" + meeting.id()));
        // the safety committee of the site the safety department's login belongs to: its members and schedule
        var hse = logins.viewer("hse");
        var site = hse.siteId() != null ? hse.siteId() : one("select id from site order by code limit 1");
        pages.add(new Walked("/meetings/committees/{siteId}", "hse", "/meetings/committees/" + site));
    }

    /** The investigations' pages, with an open investigation of the latest downtime that has a fact with evidence. */
    private void investigations(List<Walked> pages) {
        walk(pages, "hse", "/investigations", "/investigations/triggers", "/investigations/pareto");
        var downtime = one("select id from downtime where planned = false and ended_at is not null"
                + " order by ended_at desc limit 1");
        pages.add(new Walked("/investigations/new", "hse", "/investigations/new?record=DOWNTIME:" + downtime));
        var logins = new Logins(context);
        var desk = context.getBean(InvestigationDesk.class);
        var plan = new PlanInvestigation(
                "Why the continuous caster's tundish car stopped three times in a night shift",
                logins.viewer("manager").personId(),
                List.of(logins.viewer("hse").personId()),
                java.time.LocalDate.now().plusDays(30));
        var opened = desk.open(
                new OpenInvestigation(
                        UUID.nameUUIDFromBytes(
                                "layout-walk-investigation".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        List.of(new InvestigatedRecord(RecordKind.DOWNTIME, downtime)),
                        plan),
                logins.viewer("hse"));
        if (opened.isNew()) {
            desk.addFact(
                    opened.record().id(),
                    Precondition.none(),
                    new AddFact(
                            Instant.now().minus(Duration.ofHours(1)),
                            "The hydraulic accumulator's precharge pressure had dropped below its minimum",
                            "Maintenance electrician's measurement"),
                    List.of(),
                    logins.viewer("hse"));
        }
        pages.add(new Walked(
                "/investigations/{id}",
                "hse",
                "/investigations/" + opened.record().id()));
        lessons(pages, opened.record().id());
    }

    /** The library, and the walked investigation's card drafted with long words, and the form that drafts one. */
    private void lessons(List<Walked> pages, UUID investigation) {
        var hse = new Logins(context).viewer("hse");
        var lesson = context.getBean(LessonDesk.class)
                .draft(
                        investigation,
                        UUID.nameUUIDFromBytes("layout-walk-lesson".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        new LessonText(
                                language(),
                                "The tundish car of the continuous caster stopped three times in one night shift",
                                "The hydraulic accumulator's precharge pressure had dropped below its minimum",
                                "Check the accumulator's precharge pressure at every planned maintenance stop",
                                "Added the precharge check to the maintenance electricians' weekly route"),
                        hse)
                .record();
        pages.add(new Walked("/lessons", "hse", "/lessons?status=DRAFT"));
        pages.add(new Walked("/lessons/{id}", "hse", "/lessons/" + lesson.id()));
        pages.add(new Walked(
                "/investigations/{id}/lesson/new", "hse", "/investigations/" + investigation + "/lesson/new"));
    }

    private static final String LONGEST_NAME =
            "select p.id from person p join user_account u on u.person_id = p.id order by length(full_name) desc limit 1";

    /** A risk with both assessments and the longest words of the register, for its page. */
    private static final String LONGEST_RISK = "select id from risk_entry where status = 'MITIGATED'"
            + " order by length(hazard) + length(activity) + length(consequence) desc, id limit 1";

    private static final String INCIDENT_UNDER_REVIEW = "select id from safety_event where type = 'INCIDENT'"
            + " and status = 'UNDER_REVIEW' and voided_at is null order by occurred_at desc limit 1";

    private static final String VERIFIED_ACTION =
            "select id from corrective_action where status = 'VERIFIED' order by verified_at desc limit 1";

    private static void walk(List<Walked> pages, String login, String... paths) {
        for (var path : paths) {
            pages.add(new Walked(path, login, path));
        }
    }

    /**
     * A switched-off webhook channel (it takes no notification) with a long name and address, every kind, and a change
     * in its history, for its page.
     */
    private String webhookPage() {
        var admin = new Logins(context).viewer("admin");
        var every = NotificationKinds.all().stream().map(NotificationKind::key).toList();
        var channel = webhooks.create(
                        new WebhookSettings(
                                "Shift messenger bot of the crushing and screening plant",
                                "https://messenger-gateway.plant.example/tandem/hooks/shift-notifications",
                                List.of(NotificationKinds.ACTION_OVERDUE.key()),
                                false),
                        admin)
                .webhook();
        webhooks.change(
                channel.id(),
                new WebhookSettings(channel.name(), channel.url() + "?site=north-quarry", every, false),
                Precondition.none(),
                admin);
        return "/admin/webhooks/" + channel.id();
    }

    /** The acknowledge link of a notification of the demo, as its e-mail would carry it. */
    private String acknowledgeLink() {
        // the demo's last notifications are made by listeners that may still be at work when the context is up
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofMinutes(3))
                .until(() -> jdbc.sql("select count(*) from notification")
                                .query(Long.class)
                                .single()
                        > 0);
        var notification = jdbc.sql("select id, recipient_person_id from notification order by created_at desc limit 1")
                .query((row, n) -> new UUID[] {row.getObject(1, UUID.class), row.getObject(2, UUID.class)})
                .single();
        var link = acknowledgeLinks.link(
                notification[0], notification[1], Locale.forLanguageTag(language()), Instant.now());
        return link.substring(link.indexOf(AcknowledgeLinks.PATH), link.indexOf('?'));
    }

    private static final String PANELS_LOADED =
            """
            return document.readyState === 'complete' && !document.querySelector('.htmx-request')
                && Array.from(document.querySelectorAll('[hx-trigger=load]'))
                    .every(function (panel) { return panel.childElementCount > 0; });""";

    /** A course of the first contractor's, sent with its scan and returned with what to change, for its page. */
    private UUID returnedTraining() {
        var supervisor = new Logins(context).viewer("contractor1");
        var created = context.getBean(TrainingEvidence.class)
                .record(
                        new RecordTraining(
                                UUID.fromString("0c0a7a1c-0000-4000-8000-000000000002"),
                                null,
                                one("select id from person where voided_at is null and organisation_id = '"
                                        + supervisor.organisationId()
                                        + "' order by length(full_name) desc, id limit 1"),
                                one("select id from competence where voided_at is null"
                                        + " order by length(name_en) desc, id limit 1"),
                                context.getBean(PlantDay.class).today().minusDays(3),
                                TrainingResult.PASSED,
                                null,
                                "Plant training centre",
                                "Protocol 12",
                                null),
                        "%PDF-1.4\n% a scan\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        supervisor);
        if (created.isNew()) {
            context.getBean(TrainingLog.class)
                    .returnRecord(
                            created.record().id(),
                            Precondition.none(),
                            "The protocol's number and the day of the course do not match the sign-in sheet",
                            new Logins(context).viewer("hse"));
        }
        return created.record().id();
    }

    private UUID one(String sql) {
        return jdbc.sql(sql).query(UUID.class).single();
    }

    private static Map<String, List<Walked>> byLogin(List<Walked> pages) {
        var byLogin = new LinkedHashMap<String, List<Walked>>();
        pages.forEach(page -> byLogin.computeIfAbsent(page.login(), login -> new ArrayList<>())
                .add(page));
        return byLogin;
    }

    /** Opens a page in the walk's language and waits until its panels loaded with htmx have arrived. */
    private void openInTheWalksLanguage(String path) {
        open(path + (path.contains("?") ? "&" : "?") + "lang=" + language());
        try {
            waitFor(Duration.ofSeconds(5), driver -> browser.executeScript(PANELS_LOADED));
        } catch (org.openqa.selenium.TimeoutException empty) {
            // a panel may answer with nothing to show: the page is read as it stands
        }
    }
}
