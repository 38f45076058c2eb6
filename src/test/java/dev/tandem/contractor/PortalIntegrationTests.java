package dev.tandem.contractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.contractor.prequalification.PlantDay;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.OpenAccount;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.shared.Role;
import dev.tandem.training.CompetenceCatalogue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A contractor's portal is its supervisor's: its engagements with their mentors, its onboarding and documents, and
 * what it keeps there: the organisation's contacts (not its status), its people, its documents (an expired one
 * refused) and its people's training, which waits for the safety department. Nobody but the contractor's own
 * supervisor keeps anything there, and another contractor's supervisor neither reads nor writes it.
 */
@TandemIntegrationTest
class PortalIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    /** The first bytes of a PNG picture, by which a photo is recognised. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    ContractorFixture fixture;
    ContractorFixture.Contractor contractor;
    ContractorFixture.Contractor other;
    String worker;
    UUID workerPerson;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new ContractorFixture(mvc, context);
        contractor = fixture.contractor("Portal");
        other = fixture.contractor("Other portal");
        fixture.classify(contractor.id(), fixture.type(0));
        today = context.getBean(PlantDay.class).today();
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var admin = fixture.logins.viewer("admin");
        workerPerson = context.getBean(OrganisationRegister.class)
                .addPerson(null, RegisterPerson.named(contractor.id(), "Welder " + tag, "Welder"), admin)
                .record()
                .id();
        worker = "wk" + tag;
        context.getBean(Accounts.class)
                .open(new OpenAccount(worker, workerPerson, Set.of(Role.WORKER), ContractorFixture.PASSWORD), admin);
    }

    @Test
    void aContractorsSupervisorSeesItsEngagementsMentorAndOnboardingAndNothingOfAnotherContractor() throws Exception {
        var scene = new EngagementScene(fixture, context);
        var engagement = scene.activeEngagement().toString();
        var mentorName = read("select full_name from person where id = :id", scene.mentorPerson, String.class);

        mvc.perform(get("/contractors/portal").with(fixture.logins.as(scene.contractor.supervisor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-engagement=\"" + engagement + "\"")))
                .andExpect(content().string(containsString(mentorName)))
                .andExpect(content().string(containsString("/contractors/" + scene.contractor.id() + "/onboarding")));
        mvc.perform(get("/contractors/portal").with(fixture.logins.as("contractor1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(engagement))))
                .andExpect(content()
                        .string(not(containsString(scene.contractor.id().toString()))));
        for (var user : new String[] {"hse", scene.mentor, "contractor1.worker", "worker"}) {
            mvc.perform(get("/contractors/portal").with(fixture.logins.as(user)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theSupervisorKeepsTheOrganisationsContactsButNotItsStatusAndNobodyElseOfAContractorDoes() throws Exception {
        var contacts = "{'contactEmail':'office@portal.example','contactPhone':'+7 900 000 00 00'}";
        fixture.call(contractor.supervisor(), put("/api/v1/organisations/{id}/contacts", contractor.id()), contacts)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contactEmail").value("office@portal.example"))
                .andExpect(jsonPath("$.status").value("PROSPECTIVE"));
        long version = version(contractor.id());
        var changed = "{'contactEmail':'stolen@portal.example','contactPhone':'1'}";
        fixture.call(other.supervisor(), put("/api/v1/organisations/{id}/contacts", contractor.id()), changed)
                .andExpect(status().isNotFound());
        for (var user : new String[] {worker, "manager", "contractor1"}) {
            fixture.call(user, put("/api/v1/organisations/{id}/contacts", contractor.id()), changed)
                    .andExpect(status().is4xxClientError());
        }
        fixture.call(worker, put("/api/v1/organisations/{id}/contacts", contractor.id()), changed)
                .andExpect(status().isForbidden());
        fixture.call(
                        contractor.supervisor(),
                        put("/api/v1/organisations/{id}/contacts", contractor.id()),
                        "{'contactEmail':'not an address'}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("contactEmail"));
        fixture.call(
                        contractor.supervisor(),
                        put("/api/v1/organisations/{id}", contractor.id()),
                        "{'name':'Renamed','status':'ACTIVE','statusReason':'we say so'}")
                .andExpect(status().isForbidden());
        assertThat(version(contractor.id())).isEqualTo(version);

        mvc.perform(page(post("/contractors/portal/details"), contractor.supervisor())
                        .param("contactEmail", "site@portal.example")
                        .param("contactPhone", "+7 900 111 11 11"))
                .andExpect(redirectedUrl("/contractors/portal?saved#details"));
        assertThat(read("select contact_email from organisation where id = :id", contractor.id(), String.class))
                .isEqualTo("site@portal.example");
        var history = mvc.perform(get("/api/v1/organisations/{id}/history", contractor.id())
                        .header("Authorization", fixture.logins.bearer(contractor.supervisor())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(history).contains("site@portal.example").contains("office@portal.example");
    }

    @Test
    void theSupervisorAddsAWorkerChangesTheirJobAndDeactivatesThemAndNobodyOfAnotherContractorDoes() throws Exception {
        var name = "Fitter " + UUID.randomUUID();
        mvc.perform(page(post("/people"), contractor.supervisor())
                        .param("organisationId", contractor.id().toString())
                        .param("fullName", name)
                        .param("position", "Fitter"))
                .andExpect(status().is3xxRedirection());
        var person = fixture.jdbc
                .sql("select id from person where full_name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
        mvc.perform(get("/contractors/portal").with(fixture.logins.as(contractor.supervisor())))
                .andExpect(content().string(containsString("data-person=\"" + person + "\"")));

        var job = "{'organisationId':'%s','fullName':'%s','position':'Foreman'}".formatted(contractor.id(), name);
        long version = read("select version from person where id = :id", person, Long.class);
        fixture.call(other.supervisor(), put("/api/v1/people/{id}", person), job)
                .andExpect(status().isNotFound());
        fixture.call(other.supervisor(), post("/api/v1/people/{id}/void", person), "{'reason':'gone'}")
                .andExpect(status().isNotFound());
        fixture.call(worker, put("/api/v1/people/{id}", person), job).andExpect(status().isForbidden());
        assertThat(read("select version from person where id = :id", person, Long.class))
                .isEqualTo(version);

        fixture.call(contractor.supervisor(), put("/api/v1/people/{id}", person), job)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.position").value("Foreman"));
        fixture.call(contractor.supervisor(), post("/api/v1/people/{id}/void", person), "{'reason':'Left us'}")
                .andExpect(status().isOk());
        mvc.perform(get("/contractors/portal").with(fixture.logins.as(contractor.supervisor())))
                .andExpect(content().string(not(containsString(person.toString()))));
    }

    @Test
    void thePortalShowsTheOrganisationsOwnPeopleDocumentsAndTrainingAndNoneOfAnotherContractors() throws Exception {
        var otherPerson = stranger();
        mvc.perform(get("/contractors/portal").with(fixture.logins.as(contractor.supervisor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-person=\"" + workerPerson + "\"")))
                .andExpect(content().string(not(containsString(otherPerson.toString()))))
                .andExpect(content().string(containsString("data-document-form")))
                .andExpect(content().string(containsString("data-training-form")));
        mvc.perform(get("/contractors/portal").with(fixture.logins.as(other.supervisor())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(workerPerson.toString()))))
                .andExpect(content().string(not(containsString(contractor.id().toString()))));
    }

    @Test
    void theSupervisorFilesADocumentFromThePortalAndOneAlreadyExpiredIsRefusedWithNothingWritten() throws Exception {
        mvc.perform(document(contractor.supervisor(), today.minusDays(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(fixture.documents(contractor.id())).isZero();
        assertThat(fixture.scans(contractor.id())).isZero();

        mvc.perform(document(contractor.supervisor(), today.plusYears(1)))
                .andExpect(redirectedUrl("/contractors/portal?saved#documents"));
        assertThat(fixture.documents(contractor.id())).isEqualTo(1);
        assertThat(fixture.scans(contractor.id())).isEqualTo(1);
        mvc.perform(get("/contractors/portal").with(fixture.logins.as(contractor.supervisor())))
                .andExpect(content().string(containsString("Insurance No. 7")));

        mvc.perform(document(other.supervisor(), today.plusYears(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Insurance No. 7"))));
        assertThat(fixture.documents(contractor.id())).isEqualTo(1);
    }

    @Test
    void trainingEnteredInThePortalWaitsForTheSafetyDepartmentAndComesBackWithItsComment() throws Exception {
        var competence =
                context.getBean(CompetenceCatalogue.class).current().get(0).id();
        var otherPerson = stranger();
        mvc.perform(training(contractor.supervisor(), otherPerson, competence))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(records(contractor.id()) + records(other.id())).isZero();

        mvc.perform(training(contractor.supervisor(), workerPerson, competence))
                .andExpect(redirectedUrl("/contractors/portal?saved#training"));
        var record = read("select id from training_record where person_id = :id", workerPerson, UUID.class);
        assertThat(read("select status from training_record where id = :id", record, String.class))
                .isEqualTo("PENDING_APPROVAL");
        mvc.perform(get("/contractors/portal").with(fixture.logins.as(contractor.supervisor())))
                .andExpect(content().string(containsString("data-unapproved=\"" + record + "\"")));
        mvc.perform(get("/contractors/portal").with(fixture.logins.as(other.supervisor())))
                .andExpect(content().string(not(containsString(record.toString()))));

        fixture.call(
                        "hse",
                        post("/api/v1/training-records/{id}/return", record),
                        "{'comment':'The certificate number is missing a digit'}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(get("/contractors/portal").with(fixture.logins.as(contractor.supervisor())))
                .andExpect(content().string(containsString("The certificate number is missing a digit")));
    }

    @Test
    void aCourseSentWithItsPhotoKeepsItForWhoeverReadsTheRecordAndAnotherContractorOpensNothing() throws Exception {
        var competence = competence();
        mvc.perform(training(contractor.supervisor(), workerPerson, competence).file(file(PNG)))
                .andExpect(redirectedUrl("/contractors/portal?saved#training"));
        var record = read("select id from training_record where person_id = :id", workerPerson, UUID.class);
        var file = read("select id from training_evidence where record_id = :id", record, UUID.class);
        var link = "/training/records/" + record + "/evidence/" + file;

        mvc.perform(get("/training/records")
                        .param("status", "PENDING_APPROVAL")
                        .param("organisationId", contractor.id().toString())
                        .with(fixture.logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(link)));
        for (var reader : new String[] {"hse", contractor.supervisor(), worker, "manager"}) {
            mvc.perform(get(link).with(fixture.logins.as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("image/png"))
                    .andExpect(content().bytes(PNG));
        }
        for (var stranger : new String[] {other.supervisor(), "contractor1", "contractor1.worker", "worker"}) {
            mvc.perform(get(link).with(fixture.logins.as(stranger))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/training-records/{id}/evidence/{file}", record, file)
                            .header("Authorization", fixture.logins.bearer(stranger)))
                    .andExpect(status().isNotFound());
        }
        var history = mvc.perform(get("/api/v1/training-records/{id}/history", record)
                        .header("Authorization", fixture.logins.bearer(contractor.supervisor())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(history, "$[*].changes.evidenceFiles.to"))
                .containsExactly("0", "1");
    }

    @Test
    void aCourseWithAFileThatIsNotAScanOrAPhotoOrTooLargeIsRefusedWithItsReasonAndNothingWritten() throws Exception {
        var competence = competence();
        var tooLarge = java.util.Arrays.copyOf(ContractorFixture.PDF, 10 * 1024 * 1024 + 1);
        var refusals = Map.of(
                "not a picture".getBytes(StandardCharsets.UTF_8),
                "Evidence must be a PDF or a JPEG, PNG or WebP picture.",
                tooLarge,
                "A file may be at most 10 MB.");
        for (var refused : refusals.entrySet()) {
            mvc.perform(training(contractor.supervisor(), workerPerson, competence)
                            .file(file(refused.getKey())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(refused.getValue())));
        }
        assertThat(records(contractor.id())).isZero();
        assertThat(read(
                        "select count(*) from training_evidence e join training_record t on t.id = e.record_id"
                                + " where t.organisation_id = :id",
                        contractor.id(),
                        Long.class))
                .isZero();
    }

    @Test
    void theSupervisorCorrectsAReturnedCourseWithAScanAndItWaitsForTheSafetyDepartmentAgain() throws Exception {
        var record = returnedCourse("Wrong completion day");
        var correction = "/contractors/portal/training/" + record;
        mvc.perform(get("/contractors/portal").with(fixture.logins.as(contractor.supervisor())))
                .andExpect(content().string(containsString(correction)));
        mvc.perform(get(correction).with(fixture.logins.as(contractor.supervisor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wrong completion day")))
                .andExpect(content().string(containsString("data-training-form")));
        long version = read("select version from training_record where id = :id", record, Long.class);

        mvc.perform(correct(record, contractor.supervisor(), version - 1, today.minusDays(4)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record meanwhile")));
        mvc.perform(correct(record, contractor.supervisor(), version, today.minusDays(4))
                        .file(file("not a picture".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Evidence must be a PDF")));
        assertThat(read("select version from training_record where id = :id", record, Long.class))
                .isEqualTo(version);

        mvc.perform(correct(record, contractor.supervisor(), version, today.minusDays(4))
                        .file(file(ContractorFixture.PDF)))
                .andExpect(redirectedUrl("/contractors/portal?saved#training"));
        assertThat(read("select status from training_record where id = :id", record, String.class))
                .isEqualTo("PENDING_APPROVAL");
        assertThat(read("select completed_on from training_record where id = :id", record, LocalDate.class))
                .isEqualTo(today.minusDays(4));
        assertThat(read("select evidence_files from training_record where id = :id", record, Integer.class))
                .isEqualTo(1);
        var queue = fixture.call("hse", get("/api/v1/training-records/queue"), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(queue, "$[?(@.organisationId == '" + contractor.id() + "')].records"))
                .containsExactly(1);
        var history = fixture.call("hse", get("/api/v1/training-records/{id}/history", record), null)
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(history, "$[*].changes.status.to"))
                .containsSubsequence("RETURNED", "PENDING_APPROVAL");

        fixture.call("hse", post("/api/v1/training-records/{id}/approve", record), null)
                .andExpect(status().isOk());
        mvc.perform(get(correction).with(fixture.logins.as(contractor.supervisor())))
                .andExpect(status().isForbidden());
    }

    @Test
    void nobodyButTheContractorsOwnSupervisorOpensOrCorrectsItsReturnedCourse() throws Exception {
        var record = returnedCourse("Missing protocol");
        long version = read("select version from training_record where id = :id", record, Long.class);
        var correction = "/contractors/portal/training/" + record;
        for (var stranger : new String[] {other.supervisor(), "contractor1"}) {
            mvc.perform(get(correction).with(fixture.logins.as(stranger))).andExpect(status().isNotFound());
            mvc.perform(correct(record, stranger, version, today.minusDays(4)).file(file(PNG)))
                    .andExpect(status().isNotFound());
        }
        for (var user : new String[] {worker, "manager", "hse", "admin", "contractor1.worker"}) {
            mvc.perform(get(correction).with(fixture.logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(correct(record, user, version, today.minusDays(4)).file(file(PNG)))
                    .andExpect(status().isForbidden());
        }
        assertThat(read("select version from training_record where id = :id", record, Long.class))
                .isEqualTo(version);
        assertThat(read("select count(*) from training_evidence where record_id = :id", record, Long.class))
                .isZero();
    }

    @Test
    void nobodyButAContractorsSupervisorHasAPortalOrKeepsAnythingFromIt() throws Exception {
        var competence =
                context.getBean(CompetenceCatalogue.class).current().get(0).id();
        for (var user : new String[] {worker, "manager", "hse", "admin", "director"}) {
            mvc.perform(get("/contractors/portal").with(fixture.logins.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(page(post("/contractors/portal/details"), user).param("contactEmail", "x@portal.example"))
                    .andExpect(status().isForbidden());
            mvc.perform(document(user, today.plusYears(1))).andExpect(status().isForbidden());
            mvc.perform(training(user, workerPerson, competence)).andExpect(status().isForbidden());
        }
        assertThat(fixture.documents(contractor.id())).isZero();
        assertThat(records(contractor.id())).isZero();
        assertThat(read(
                        "select count(*) from organisation where id = :id and contact_email is not null",
                        contractor.id(),
                        Long.class))
                .isZero();
    }

    private MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request, String user) {
        return request.with(fixture.logins.as(user)).with(csrf());
    }

    private RequestBuilder document(String user, LocalDate validUntil) {
        return multipart("/contractors/portal/documents")
                .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", ContractorFixture.PDF))
                .param("documentId", UUID.randomUUID().toString())
                .param("code", "INSURANCE")
                .param("title", "Insurance No. 7")
                .param("validUntil", validUntil.toString())
                .with(fixture.logins.as(user))
                .with(csrf());
    }

    private MockMultipartHttpServletRequestBuilder training(String user, UUID person, UUID competence) {
        return course(multipart("/contractors/portal/training"), user, person, competence, today.minusDays(2));
    }

    /** The supervisor's correction of the record, as the record's page sends it. */
    private MockMultipartHttpServletRequestBuilder correct(UUID record, String user, long version, LocalDate day) {
        var course = read("select competence_id from training_record where id = :id", record, UUID.class);
        return course(multipart("/contractors/portal/training/{id}", record), user, workerPerson, course, day)
                .param("version", Long.toString(version));
    }

    /** A course of the worker's entered in the portal and returned by the safety department with the comment. */
    private UUID returnedCourse(String comment) throws Exception {
        mvc.perform(training(contractor.supervisor(), workerPerson, competence()))
                .andExpect(redirectedUrl("/contractors/portal?saved#training"));
        var record = read("select id from training_record where person_id = :id", workerPerson, UUID.class);
        fixture.call("hse", post("/api/v1/training-records/{id}/return", record), "{'comment':'" + comment + "'}")
                .andExpect(status().isOk());
        return record;
    }

    private UUID competence() {
        return context.getBean(CompetenceCatalogue.class).current().get(0).id();
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "certificate", "application/octet-stream", content);
    }

    private MockMultipartHttpServletRequestBuilder course(
            MockMultipartHttpServletRequestBuilder request, String user, UUID person, UUID competence, LocalDate day) {
        return request.with(fixture.logins.as(user))
                .with(csrf())
                .param("id", UUID.randomUUID().toString())
                .param("personId", person.toString())
                .param("competenceId", competence.toString())
                .param("completedOn", day.toString())
                .param("result", "PASSED")
                .param("provider", "Training centre")
                .param("evidenceReference", "Protocol 12");
    }

    /** A person of the other contractor. */
    private UUID stranger() {
        return context.getBean(OrganisationRegister.class)
                .addPerson(
                        null,
                        RegisterPerson.named(other.id(), "Stranger " + UUID.randomUUID(), "Rigger"),
                        fixture.logins.viewer("admin"))
                .record()
                .id();
    }

    /** The one value a query of one row by its {@code :id} answers. */
    private <T> T read(String sql, UUID id, Class<T> type) {
        return fixture.jdbc.sql(sql).param("id", id).query(type).single();
    }

    private long version(UUID organisation) {
        return read("select version from organisation where id = :id", organisation, Long.class);
    }

    private long records(UUID organisation) {
        return read("select count(*) from training_record where organisation_id = :id", organisation, Long.class);
    }
}
