package dev.tandem.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class OrganisationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    Logins logins;
    String hse;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        hse = logins.bearer("hse");
    }

    @Test
    void aSiteKeepsItsHistoryAndIsVoidedNotDeleted() throws Exception {
        var code = unique("S");
        var created = mvc.perform(post("/api/v1/sites")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'code':'%s','name':'Pellet plant','timeZone':'Asia/Yekaterinburg'}", code)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse();
        String id = JsonPath.read(created.getContentAsString(), "$.id");
        assertThat(created.getHeader("Location")).endsWith("/api/v1/sites/" + id);

        mvc.perform(put("/api/v1/sites/{id}", id)
                        .header("If-Match", "*")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(
                                "{'code':'%s','name':'Pellet plant No. 1','timeZone':'Asia/Yekaterinburg'}", code)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Pellet plant No. 1"));

        mvc.perform(post("/api/v1/sites/{id}/void", id)
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/sites/{id}/void", id)
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Entered twice\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.voided.reason").value("Entered twice"));

        mvc.perform(put("/api/v1/sites/{id}", id)
                        .header("If-Match", "*")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'code':'%s','name':'Changed after voiding','timeZone':'UTC'}", code)))
                .andExpect(status().isBadRequest());

        mvc.perform(get("/api/v1/sites/{id}/history", id).header("Authorization", hse))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].kind").value("CREATED"))
                .andExpect(jsonPath("$[1].kind").value("UPDATED"))
                .andExpect(jsonPath("$[1].changes.name.from").value("Pellet plant"))
                .andExpect(jsonPath("$[1].changes.name.to").value("Pellet plant No. 1"))
                .andExpect(jsonPath("$[1].changes.code").doesNotExist())
                .andExpect(jsonPath("$[2].kind").value("VOIDED"))
                .andExpect(jsonPath("$[2].by").value(logins.viewer("hse").displayName()));

        mvc.perform(get("/api/v1/sites").header("Authorization", hse).param("q", code))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/sites")
                        .header("Authorization", hse)
                        .param("q", code)
                        .param("voided", "true"))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].voided").value(true));
    }

    @Test
    void aSiteNamesItsHseLeadAmongTheOwnerCompanysPeopleOnlyOnItsPageAndThroughTheApi() throws Exception {
        var code = unique("L");
        var lead = logins.viewer("hse").personId();
        var created = mvc.perform(post("/api/v1/sites")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(
                                "{'code':'%s','name':'Ore yard','timeZone':'Asia/Yekaterinburg','hseLeadId':'%s'}",
                                code, lead)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hseLeadId").value(lead.toString()))
                .andReturn()
                .getResponse();
        String id = JsonPath.read(created.getContentAsString(), "$.id");

        for (var nobody : new Object[] {logins.viewer("contractor1.worker").personId(), UUID.randomUUID()}) {
            mvc.perform(put("/api/v1/sites/{id}", id)
                            .header("If-Match", "*")
                            .header("Authorization", hse)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json(
                                    "{'code':'%s','name':'Ore yard','timeZone':'UTC','hseLeadId':'%s'}", code, nobody)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("hseLeadId"));
        }
        mvc.perform(put("/api/v1/sites/{id}", id)
                        .header("If-Match", "*")
                        .header("Authorization", logins.bearer("manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'code':'%s','name':'Ore yard','timeZone':'UTC'}", code)))
                .andExpect(status().isForbidden());
        var version = mvc.perform(get("/api/v1/sites/{id}", id).header("Authorization", hse))
                .andExpect(jsonPath("$.hseLeadId").value(lead.toString()))
                .andExpect(jsonPath("$.timeZone").value("Asia/Yekaterinburg"))
                .andReturn()
                .getResponse()
                .getHeader("ETag")
                .replace("\"", "");

        var manager = logins.viewer("manager").personId();
        mvc.perform(post("/sites/{id}", id)
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("version", version)
                        .param("code", code)
                        .param("name", "Ore yard")
                        .param("timeZone", "Asia/Yekaterinburg")
                        .param("hseLeadId", manager.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/sites/{id}", id).with(logins.as("admin")))
                .andExpect(content().string(containsString("value=\"" + manager + "\" selected")))
                .andExpect(content().string(containsString("HSE lead")));
        mvc.perform(get("/sites/hse-leads").with(logins.as("worker"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sites/{id}/history", id).header("Authorization", hse))
                .andExpect(jsonPath("$[1].changes.hseLeadId.from").value(lead.toString()))
                .andExpect(jsonPath("$[1].changes.hseLeadId.to").value(manager.toString()));
    }

    @Test
    void aChangeMadeMeanwhileIsNeverOverwritten() throws Exception {
        var code = unique("V");
        var created = mvc.perform(post("/api/v1/sites")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'code':'%s','name':'Lime kiln','timeZone':'UTC'}", code)))
                .andReturn()
                .getResponse();
        String id = JsonPath.read(created.getContentAsString(), "$.id");
        var seen = mvc.perform(get("/api/v1/sites/{id}", id).header("Authorization", hse))
                .andExpect(header().exists("ETag"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");

        mvc.perform(put("/api/v1/sites/{id}", id)
                        .header("Authorization", hse)
                        .header("If-Match", seen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'code':'%s','name':'Lime kiln 1','timeZone':'UTC'}", code)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", org.hamcrest.Matchers.not(seen)));
        mvc.perform(put("/api/v1/sites/{id}", id)
                        .header("Authorization", hse)
                        .header("If-Match", seen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'code':'%s','name':'Lime kiln 2','timeZone':'UTC'}", code)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        var current = mvc.perform(get("/api/v1/sites/{id}", id).header("Authorization", hse))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put("/api/v1/sites/{id}", id)
                        .header("Authorization", hse)
                        .header("If-Match", "W/" + current)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'code':'%s','name':'Lime kiln weak','timeZone':'UTC'}", code)))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/v1/sites/{id}", id)
                        .header("Authorization", hse)
                        .header("If-Match", seen + ", " + current)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'code':'%s','name':'Lime kiln 1','timeZone':'UTC'}", code)))
                .andExpect(status().isOk());
        mvc.perform(post("/sites/{id}", id)
                        .with(logins.as("hse"))
                        .with(csrf())
                        .param("version", seen.replace("\"", ""))
                        .param("code", code)
                        .param("name", "Lime kiln 3")
                        .param("timeZone", "UTC"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("Someone else changed this record meanwhile")));
        mvc.perform(get("/api/v1/sites/{id}", id).header("Authorization", hse))
                .andExpect(jsonPath("$.name").value("Lime kiln 1"));
        mvc.perform(put("/api/v1/sites/{id}", id)
                        .header("Authorization", hse)
                        .header("If-Match", "yesterday")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'code':'%s','name':'Lime kiln 4','timeZone':'UTC'}", code)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void codesAreUniqueWhateverTheirCase() throws Exception {
        mvc.perform(post("/api/v1/sites")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"umw\",\"name\":\"Main Works again\",\"timeZone\":\"UTC\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aPersonStaysWithTheirOrganisation() throws Exception {
        var manager = logins.viewer("manager");
        var contractor = logins.viewer("contractor2").organisationId();
        mvc.perform(put("/api/v1/people/{id}", manager.personId())
                        .header("If-Match", "*")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'organisationId':'%s','fullName':'%s'}", contractor, manager.displayName())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        assertThat(logins.viewer("manager").contractor()).isFalse();
    }

    @Test
    void theAreaFormKeepsAnOwnerBeyondTheFirstPageOfChoices() throws Exception {
        var owner = JsonPath.read(
                        mvc.perform(post("/api/v1/people")
                                        .header("Authorization", hse)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(json(
                                                "{'organisationId':'%s','fullName':'Яшин Ян %s'}",
                                                logins.viewer("hse").organisationId(), unique(""))))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.id")
                .toString();
        var area = JsonPath.read(
                        mvc.perform(post("/api/v1/areas")
                                        .header("Authorization", hse)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(json(
                                                "{'siteId':'%s','code':'%s','name':'Tail yard','ownerId':'%s'}",
                                                firstId("/api/v1/sites"), unique("T"), owner)))
                                .andExpect(status().isCreated())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.id")
                .toString();
        mvc.perform(get("/areas/{id}", area).with(logins.as("hse")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.matchesPattern(
                                "(?s).*<option value=\"" + owner + "\"[^>]*selected.*")));
        mvc.perform(get("/areas/owners").param("q", "Яшин Ян").with(logins.as("hse")))
                .andExpect(content().string(containsString(owner)));
        mvc.perform(get("/areas/owners")
                        .param("q", "Head of")
                        .param("ownerId", owner)
                        .with(logins.as("hse")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.matchesPattern(
                                "(?s).*<option value=\"" + owner + "\"[^>]*selected.*")));
        mvc.perform(get("/areas/owners").with(logins.as("contractor1"))).andExpect(status().isForbidden());
        mvc.perform(get("/areas/{id}", area).with(logins.as("contractor1.worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(owner)))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                containsString(logins.viewer("director").displayName()))));
    }

    @Test
    void anAreaIsOwnedByAPersonOfTheOwnerCompany() throws Exception {
        var site = firstId("/api/v1/sites");
        var contractorPerson = logins.viewer("contractor1").personId();
        mvc.perform(post("/api/v1/areas")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(
                                "{'siteId':'%s','code':'%s','name':'Slag yard 2','ownerId':'%s'}",
                                site, unique("A"), contractorPerson)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerId"));

        var manager = logins.viewer("manager").personId();
        mvc.perform(post("/api/v1/areas")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(
                                "{'siteId':'%s','code':'%s','name':'Slag yard 2','ownerId':'%s'}",
                                site, unique("A"), manager)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ownerId").value(manager.toString()));

        mvc.perform(get("/api/v1/areas")
                        .header("Authorization", hse)
                        .param("siteId", site)
                        .param("q", "Slag yard 2"))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].ownerName")
                        .value(logins.viewer("manager").displayName()));
    }

    @Test
    void aPersonWorksInAnAreaOfTheirOwnSiteWhichIsNotVoidedWhileTheyDo() throws Exception {
        var site = firstId("/api/v1/sites");
        var otherSite = JsonPath.<String>read(
                mvc.perform(post("/api/v1/sites")
                                .header("Authorization", hse)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json(
                                        "{'code':'%s','name':'Lime kiln','timeZone':'Asia/Yekaterinburg'}",
                                        unique("S"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        var area = JsonPath.<String>read(
                mvc.perform(post("/api/v1/areas")
                                .header("Authorization", hse)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json(
                                        "{'siteId':'%s','code':'%s','name':'Sinter line 3','ownerId':'%s'}",
                                        site,
                                        unique("A"),
                                        logins.viewer("manager").personId())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        var owner = logins.viewer("hse").organisationId();
        var person = "{'organisationId':'%s','fullName':'%s','siteId':'%s','areaId':'%s'}";
        for (var elsewhere : new String[] {otherSite, null}) {
            mvc.perform(post("/api/v1/people")
                            .header("Authorization", hse)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json(person, owner, "Elsewhere " + unique(""), elsewhere, area)
                                    .replace("\"null\"", "null")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("areaId"));
        }
        var name = "Sinterer " + unique("");
        mvc.perform(post("/api/v1/people")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(person, owner, name, site, area)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.areaId").value(area));

        mvc.perform(post("/api/v1/areas/{id}/void", area)
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Line closed\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void aContractorMovesThroughItsLifecycleOnly() throws Exception {
        var created = mvc.perform(post("/api/v1/organisations")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'name':'%s','taxNumber':'6658000000'}", unique("Scaffolding "))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CONTRACTOR"))
                .andExpect(jsonPath("$.status").value("PROSPECTIVE"))
                .andReturn();
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        String name = JsonPath.read(created.getResponse().getContentAsString(), "$.name");

        mvc.perform(put("/api/v1/organisations/{id}", id)
                        .header("If-Match", "*")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'name':'%s','status':'ACTIVE'}", name)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(put("/api/v1/organisations/{id}", id)
                        .header("If-Match", "*")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'name':'%s','status':'ONBOARDING'}", name)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("statusReason"));
        mvc.perform(put("/api/v1/organisations/{id}", id)
                        .header("If-Match", "*")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("{'name':'%s','status':'ONBOARDING','statusReason':'Contract signed'}", name)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ONBOARDING"));
        mvc.perform(get("/api/v1/organisations/{id}/history", id).header("Authorization", hse))
                .andExpect(jsonPath("$[*].changes.statusReason.to")
                        .value(org.hamcrest.Matchers.contains("Contract signed")));
    }

    @Test
    void theOwnerCompanyCannotBeVoided() throws Exception {
        var owner = logins.viewer("hse").organisationId();
        mvc.perform(post("/api/v1/organisations/{id}/void", owner)
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"test\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aContractorSupervisorKeepsTheirOwnPeople() throws Exception {
        var supervisor = logins.viewer("contractor1");
        var name = unique("Rigger ");
        mvc.perform(post("/api/v1/people")
                        .header("Authorization", logins.bearer("contractor1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(
                                "{'organisationId':'%s','fullName':'%s','position':'Rigger'}",
                                supervisor.organisationId(), name)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisationId")
                        .value(supervisor.organisationId().toString()));
        mvc.perform(get("/api/v1/people").header("Authorization", hse).param("q", name))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].organisationName").exists());
    }

    @Test
    void aPersonnelNumberNamesOnePersonOfTheirOrganisationWhateverItsCase() throws Exception {
        var supervisor = logins.viewer("contractor1");
        var number = unique("PN-");
        mvc.perform(post("/api/v1/people")
                        .header("Authorization", logins.bearer("contractor1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(
                                "{'organisationId':'%s','fullName':'%s','personnelNumber':'%s'}",
                                supervisor.organisationId(), unique("Welder "), number)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.personnelNumber").value(number));
        mvc.perform(post("/api/v1/people")
                        .header("Authorization", logins.bearer("contractor1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(
                                "{'organisationId':'%s','fullName':'%s','personnelNumber':'%s'}",
                                supervisor.organisationId(), unique("Fitter "), number.toLowerCase())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personnelNumber"));
        // another organisation's books may have the same number
        mvc.perform(post("/api/v1/people")
                        .header("Authorization", logins.bearer("contractor2"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(
                                "{'organisationId':'%s','fullName':'%s','personnelNumber':'%s'}",
                                logins.viewer("contractor2").organisationId(), unique("Fitter "), number)))
                .andExpect(status().isCreated());
    }

    @Test
    void peopleAreSearchedFilteredSortedAndPaged() throws Exception {
        var owner = logins.viewer("hse").organisationId();
        var page = mvc.perform(get("/api/v1/people")
                        .header("Authorization", hse)
                        .param("organisationId", owner.toString())
                        .param("sort", "name,desc")
                        .param("size", "7")
                        .param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(7))
                .andExpect(jsonPath("$.page").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.List<String> names = JsonPath.read(page, "$.items[*].fullName");
        assertThat(names)
                .isSortedAccordingTo(java.util.Comparator.<String>naturalOrder().reversed());
        java.util.List<String> organisations = JsonPath.read(page, "$.items[*].organisationId");
        assertThat(organisations).containsOnly(owner.toString());
    }

    @Test
    void aFormShowsItsErrorsBesideTheFields() throws Exception {
        mvc.perform(post("/sites")
                        .with(logins.as("hse"))
                        .with(csrf())
                        .param("code", "")
                        .param("name", "Nameless")
                        .param("timeZone", "Nowhere/Land"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "code", "timeZone"))
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void aBrokenRuleIsExplainedInThePersonsLanguage() throws Exception {
        var location = mvc.perform(post("/organisations")
                        .with(logins.as("hse"))
                        .with(csrf())
                        .param("name", unique("Crane hire "))
                        .param("status", "PROSPECTIVE"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(location)
                        .with(logins.as("hse"))
                        .with(csrf())
                        .header("Accept-Language", "ru")
                        .param("name", "Crane hire")
                        .param("status", "ACTIVE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "status"))
                .andExpect(content()
                        .string(containsString("Подрядчик не может перейти из состояния «Кандидат» в «Работает».")));
    }

    @Test
    void aFormCreatesASiteAndShowsIt() throws Exception {
        var code = unique("F");
        var location = mvc.perform(post("/sites")
                        .with(logins.as("hse"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "Oxygen plant 3")
                        .param("timeZone", "Asia/Yekaterinburg"))
                .andExpect(redirectedUrlPattern("/sites/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Oxygen plant 3")));
        mvc.perform(get("/sites").param("q", code).with(logins.as("worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Oxygen plant 3")));
    }

    private String firstId(String path) throws Exception {
        var body = mvc.perform(get(path).header("Authorization", hse))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.items[0].id");
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String json(String template, Object... values) {
        return String.format(template, values).replace('\'', '"');
    }
}
