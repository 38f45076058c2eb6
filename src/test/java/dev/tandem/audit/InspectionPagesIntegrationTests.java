package dev.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An inspection done on its pages: started from the list, answered (a refused answer named on the page in the
 * reader's language, nothing written), a failed item raised as a finding with its action from the form that comes
 * open and filled in (one tap to send), completed once the photo is there; a contractor never opens another's.
 */
@TandemIntegrationTest
class InspectionPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Logins logins;
    UUID template;
    UUID site;

    @BeforeEach
    void setUp() {
        var fixture = new InspectionFixture(mvc, context, jdbc);
        logins = fixture.logins;
        template = fixture.template;
        site = fixture.site;
    }

    @Test
    void aWorkerDoesAnInspectionOnThePagesWithAFindingRaisedFromTheFilledInForm() throws Exception {
        mvc.perform(get("/audit/inspections").with(logins.as("worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-start-inspection")));
        var location = mvc.perform(post("/audit/inspections")
                        .with(csrf())
                        .with(logins.as("worker"))
                        .param("templateId", template.toString())
                        .param("siteId", site.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/audit/inspections/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        var page = "/audit/inspections/" + id;

        var refused = mvc.perform(post(page + "/answers")
                        .with(csrf())
                        .with(logins.as("worker"))
                        .locale(Locale.forLanguageTag("ru"))
                        .param("version", version(id))
                        .param("latches", "no")
                        .param("load", "70"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Наибольший груз за смену, тонн: ответ вне допустимых пределов, от 0 до 50.");
        assertThat(answers(id)).isZero();

        mvc.perform(post(page + "/answers")
                        .with(csrf())
                        .with(logins.as("worker"))
                        .param("version", version(id))
                        .param("latches", "no")
                        .param("load", "3"))
                .andExpect(status().is3xxRedirection());
        var answered = mvc.perform(get(page).with(logins.as("worker")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the finding's form comes open, its action's owner and due date filled in: sending it is the one tap left
        assertThat(answered).contains("data-raise-finding open=\"open\"");
        var worker = logins.viewer("worker").personId();
        assertThat(answered).contains("value=\"" + worker + "\" selected=\"selected\"");

        mvc.perform(post(page + "/findings")
                        .with(csrf())
                        .with(logins.as("worker"))
                        .param("question", "latches")
                        .param("note", "The 5 t hook's latch is bent")
                        .param("title", "Replace the latch of the 5 t hook")
                        .param("ownerPersonId", worker.toString())
                        .param("dueDate", java.time.LocalDate.now().plusDays(7).toString()))
                .andExpect(status().is3xxRedirection());
        var action = jdbc.sql("select source_type from corrective_action where source_id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(action).isEqualTo("INSPECTION");

        mvc.perform(post(page + "/complete")
                        .with(csrf())
                        .with(logins.as("worker"))
                        .param("version", version(id)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("refused"));
        mvc.perform(multipart(page + "/photos")
                        .file(new MockMultipartFile("photo", "hook.png", "image/png", ChecklistCalls.png()))
                        .param("question", "latches")
                        .with(csrf())
                        .with(logins.as("worker")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(0));
        mvc.perform(post(page + "/complete")
                        .with(csrf())
                        .with(logins.as("worker"))
                        .param("version", version(id)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(0));
        assertThat(jdbc.sql("select status from audit_inspection where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("COMPLETED");
        mvc.perform(get(page).with(logins.as("contractor2"))).andExpect(status().isNotFound());
    }

    @Test
    void aLineManagerPlansAScheduleOnItsPageAndAWorkerSeesItWithoutTheForm() throws Exception {
        mvc.perform(weekly("manager").param("assignedRole", "WORKER"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose the day of the week.")));
        mvc.perform(weekly("manager").param("dayOfWeek", "TUESDAY").param("assignedRole", "WORKER"))
                .andExpect(status().is3xxRedirection());
        var page = mvc.perform(get("/audit/schedules").with(logins.as("worker")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("data-schedule-row").doesNotContain("data-plan-schedule");
    }

    @Test
    void theSchedulesPersonIsFoundByNameAmongThoseThePlannerMayAssign() throws Exception {
        assertThat(body(get("/audit/schedules"), "manager")).contains("data-person-search");
        // the owner company's person last by name, past the picker's first page of the owner company's people
        var last = jdbc.sql(
                        """
                        select p.id, p.full_name from person p join organisation o on o.id = p.organisation_id
                        where o.kind = 'OWNER' and p.voided_at is null order by p.full_name desc, p.id desc limit 1""")
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)})
                .single();
        assertThat(body(get("/audit/schedules/people").param("q", (String) last[1]), "hse"))
                .contains("value=\"" + last[0] + "\"");
        // another contractor's person: the owner company may assign them, a contractor's supervisor never
        var other = logins.viewer("contractor2").personId();
        var name = jdbc.sql("select full_name from person where id = :id")
                .param("id", other)
                .query(String.class)
                .single();
        assertThat(body(get("/audit/schedules/people").param("q", name), "hse")).contains("value=\"" + other + "\"");
        assertThat(body(get("/audit/schedules/people").param("q", name), "contractor1"))
                .doesNotContain("value=\"" + other + "\"")
                .contains("(a role instead)");
        mvc.perform(get("/audit/schedules/people").param("q", name).with(logins.as("worker")))
                .andExpect(status().isForbidden());
        mvc.perform(weekly("contractor1").param("dayOfWeek", "TUESDAY").param("assignedPersonId", other.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-plan-schedule")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("No such person.")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("value=\"" + other + "\""))));
        assertThat(jdbc.sql("select count(*) from audit_schedule where assigned_person_id = :id")
                        .param("id", other)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** The schedules page's form sent by someone: the crane check weekly at 07:30 on the site. */
    private MockHttpServletRequestBuilder weekly(String who) {
        return post("/audit/schedules")
                .with(csrf())
                .with(logins.as(who))
                .param("templateId", template.toString())
                .param("siteId", site.toString())
                .param("cadence", "WEEKLY")
                .param("times", "07:30");
    }

    private String body(MockHttpServletRequestBuilder request, String who) throws Exception {
        return mvc.perform(request.with(logins.as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aContractorsSupervisorStartsAJointInspectionOnThePageAndSignsItThere() throws Exception {
        var manager = logins.viewer("manager").personId();
        var location = mvc.perform(post("/audit/inspections")
                        .with(csrf())
                        .with(logins.as("contractor1"))
                        .param("templateId", template.toString())
                        .param("siteId", site.toString())
                        .param("kind", "JOINT")
                        .param("invitedPersonId", manager.toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var page = location.substring(location.indexOf("/audit/inspections/"));
        assertThat(mvc.perform(get(page).with(logins.as("contractor1")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("data-signature-form", "data-signature-pad");
        mvc.perform(multipart(page + "/signatures")
                        .file(new MockMultipartFile("signature", "s.png", "image/png", ChecklistCalls.png()))
                        .with(csrf())
                        .with(logins.as("contractor1")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(0));
        var signed = mvc.perform(get(page).with(logins.as("manager")).param("lang", "ru"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(signed).contains("Совместная проверка", "/signatures/", "Подпишите за предприятие пальцем");
        mvc.perform(get(page).with(logins.as("contractor2"))).andExpect(status().isNotFound());
    }

    private String version(UUID id) {
        return jdbc.sql("select version from audit_inspection where id = :id")
                .param("id", id)
                .query(Long.class)
                .single()
                .toString();
    }

    private long answers(UUID id) {
        return jdbc.sql("select count(*) from audit_inspection_answer where audit_inspection = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
