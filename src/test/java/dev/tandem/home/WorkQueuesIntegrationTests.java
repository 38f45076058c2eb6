package dev.tandem.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.action.ActionPlanning;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceType;
import dev.tandem.event.EventReporting;
import dev.tandem.event.EventType;
import dev.tandem.event.ReportEvent;
import dev.tandem.identity.Logins;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The work queue of each role on the start page: what waits for the safety department's review, a person's own
 * reports, a line manager's actions to do and to verify, the director's headline figures; each within the viewer's
 * scope and refused to the wrong role.
 */
@TandemIntegrationTest
class WorkQueuesIntegrationTests {

    private static final Pattern EVENT_LINK = Pattern.compile("href=\"/events/([0-9a-f-]{36})\"");
    private static final Pattern ACTION_LINK = Pattern.compile("href=\"/actions/([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventReporting reporting;

    Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
    }

    @Test
    void theSafetyDepartmentSeesTheOldestReportsWaitingForReviewFirst() throws Exception {
        var waiting = jdbc.sql(
                        """
                        select id from safety_event where status = 'REPORTED' and voided_at is null
                        order by reported_at, id""")
                .query(UUID.class)
                .list();
        assertThat(waiting).as("the demo plant has reports waiting").hasSizeGreaterThan(1);

        var html = page("/events/queue/review?lang=en", "hse");

        var shown = ids(EVENT_LINK, html);
        assertThat(shown).hasSizeBetween(1, 8).isEqualTo(waiting.subList(0, shown.size()));
        assertThat(html).contains("All " + waiting.size() + " waiting");
        assertThat(page("/?lang=en", "hse")).contains("hx-get=\"/events/queue/review\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"worker", "director", "contractor1", "contractor1.worker"})
    void theReviewQueueIsTheReviewersOnly(String username) throws Exception {
        mvc.perform(get("/events/queue/review").with(logins.as(username))).andExpect(status().isForbidden());
        assertThat(page("/", username)).doesNotContain("/events/queue/review");
    }

    @Test
    void aWorkerSeesWhatBecameOfTheirOwnReportsAndNobodyElsesThere() throws Exception {
        var own = report("contractor1.worker", "Oil on the stairs to the crane cab");
        var someoneElses = report("worker", "A missing guard rail by the ladle");

        var html = page("/events/queue/mine?lang=ru", "contractor1.worker");
        assertThat(ids(EVENT_LINK, html)).contains(own).doesNotContain(someoneElses);
        assertThat(html).contains("Мои сообщения", "ждёт разбора", "Oil on the stairs to the crane cab");

        assertThat(ids(EVENT_LINK, page("/events/queue/mine", "contractor2"))).doesNotContain(own, someoneElses);
        assertThat(ids(EVENT_LINK, page("/events/queue/mine", "worker")))
                .contains(someoneElses)
                .doesNotContain(own);
    }

    @Test
    void aLineManagerSeesTheirActionsToDoAndTheDoneActionsOfOthersToVerify() throws Exception {
        var manager = logins.viewer("manager").personId();
        // whatever the demo left the manager, one action waits for them
        raiseFor(logins.viewer("manager"), "Fence the cooling bed walkway");
        var html = page("/actions/panel?lang=en", "manager");
        var shown = ids(ACTION_LINK, html);

        var toDo = jdbc.sql(
                        """
                        select id from corrective_action
                        where owner_person_id = :me and status in ('OPEN', 'IN_PROGRESS') and voided_at is null
                        order by due_date, id limit 5""")
                .param("me", manager)
                .query(UUID.class)
                .list();
        var toVerify = jdbc.sql(
                        """
                        select id from corrective_action
                        where owner_person_id <> :me and status = 'DONE' and voided_at is null
                        order by done_at, id limit 5""")
                .param("me", manager)
                .query(UUID.class)
                .list();
        var ownDone = jdbc.sql("select id from corrective_action where owner_person_id = :me and status = 'DONE'")
                .param("me", manager)
                .query(UUID.class)
                .list();
        assertThat(toDo).as("the manager has actions to do").isNotEmpty();
        assertThat(toVerify).as("the demo plant has done actions to verify").isNotEmpty();
        assertThat(shown)
                .containsSubsequence(toDo)
                .containsSubsequence(toVerify)
                .noneMatch(ownDone::contains);
        assertThat(html).contains("Done, to verify");
    }

    @Test
    void aContractorsSupervisorVerifiesNothingAndSeesNoOtherContractorsActions() throws Exception {
        var supervisor = logins.viewer("contractor1");
        var html = page("/actions/panel", "contractor1");
        assertThat(html).doesNotContain("data-to-verify");
        for (var action : ids(ACTION_LINK, html)) {
            assertThat(jdbc.sql("select responsible_organisation_id from corrective_action where id = :id")
                            .param("id", action)
                            .query(UUID.class)
                            .single())
                    .isEqualTo(supervisor.organisationId());
        }
    }

    @Test
    void theDirectorSeesTheHeadlineFiguresOfEverySiteAndTheEnterprise() throws Exception {
        var html = page("/dashboard/headlines?lang=en", "director");
        var sites = jdbc.sql("select name from site where voided_at is null").query(String.class).list().stream()
                // escaped as a UTF-8 page escapes ("São Paulo" stays as it is, "&" does not)
                .map(name -> HtmlUtils.htmlEscape(name, "UTF-8"))
                .toList();
        assertThat(html).contains(sites).contains("Whole enterprise", "LTIFR", "TRIFR", "Days without");
        assertThat(Pattern.compile("<tr data-headline").matcher(html).results().count())
                .isEqualTo(sites.size() + 1);
        assertThat(page("/", "director")).contains("hx-get=\"/dashboard/headlines\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"worker", "hse", "manager", "contractor1", "contractor2"})
    void theHeadlineFiguresAreTheDirectorsOnly(String username) throws Exception {
        mvc.perform(get("/dashboard/headlines").with(logins.as(username))).andExpect(status().isForbidden());
    }

    private UUID report(String username, String description) {
        var area = jdbc.sql("select id from area where voided_at is null order by code limit 1")
                .query(UUID.class)
                .single();
        var id = UUID.randomUUID();
        reporting.report(
                new ReportEvent(id, EventType.HAZARD, Instant.now().minusSeconds(300), null, area, description, false),
                null,
                logins.viewer(username));
        return id;
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(logins.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<UUID> ids(Pattern link, String html) {
        return link.matcher(html)
                .results()
                .map(m -> UUID.fromString(m.group(1)))
                .distinct()
                .toList();
    }

    private void raiseFor(Viewer owner, String title) {
        var site = jdbc.sql("select id from site order by code limit 1")
                .query(UUID.class)
                .single();
        context.getBean(ActionPlanning.class)
                .raise(
                        new RaiseAction(
                                UUID.randomUUID(),
                                title,
                                null,
                                SourceType.OTHER,
                                null,
                                site,
                                owner.personId(),
                                owner.organisationId(),
                                LocalDate.now().plusDays(3),
                                null),
                        logins.viewer("hse"));
    }
}
