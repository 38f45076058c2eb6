package dev.tandem.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@TandemIntegrationTest
class ExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aContractorExportsOnlyTheirOwnPeople() throws Exception {
        var logins = new Logins(context);
        var supervisor = logins.viewer("contractor1");
        var organisation = logins.viewer("hse").organisationId();
        var rows = workbook(get("/people/export.xlsx").with(logins.as("contractor1")));

        assertThat(rows.get(0)).startsWith("Full name", "Personnel number", "Position", "Organisation");
        var organisations = rows.subList(1, rows.size()).stream()
                .map(row -> row.get(3))
                .distinct()
                .toList();
        assertThat(organisations).hasSize(1);
        assertThat(rows.size() - 1).isEqualTo(peopleOf(supervisor.organisationId(), logins));
        assertThat(organisation).isNotEqualTo(supervisor.organisationId());
    }

    @Test
    void anExportKeepsTheFiltersAndSpeaksThePersonsLanguage() throws Exception {
        var logins = new Logins(context);
        var rows = workbook(get("/organisations/export.xlsx")
                .param("status", "ACTIVE")
                .param("sort", "name,desc")
                .header("Accept-Language", "ru")
                .with(logins.as("hse")));

        assertThat(rows.get(0)).startsWith("Название", "Тип", "Статус");
        var statuses = rows.subList(1, rows.size()).stream()
                .map(row -> row.get(2))
                .distinct()
                .toList();
        assertThat(statuses).containsExactly("Работает");
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(1)).distinct())
                .containsExactlyInAnyOrder("Компания-владелец", "Подрядчик");
        var names = rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList();
        assertThat(names)
                .isSortedAccordingTo(java.util.Comparator.<String>naturalOrder().reversed());
    }

    @Test
    void aPersonnelNumberIsShownSearchedAndExportedInBothLanguages() throws Exception {
        var logins = new Logins(context);
        var supervisor = logins.viewer("contractor1");
        var number = "TN-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var name = "Numbered Rigger " + number;
        var created = mvc.perform(post("/api/v1/people")
                        .header("Authorization", logins.bearer("contractor1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":\"%s\",\"fullName\":\"%s\",\"personnelNumber\":\"%s\"}"
                                .formatted(supervisor.organisationId(), name, number)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");

        var english = page(get("/people").param("q", number.toLowerCase()).with(logins.as("hse")));
        assertThat(english).contains("Personnel no.").contains(number).contains(name);
        var russian = page(get("/people")
                .param("q", number)
                .header("Accept-Language", "ru")
                .with(logins.as("contractor1")));
        assertThat(russian).contains("Таб. №").contains(number);
        // another contractor's supervisor does not find them by their number
        assertThat(page(get("/people").param("q", number).with(logins.as("contractor2"))))
                .doesNotContain("Numbered Rigger");
        mvc.perform(get("/api/v1/people")
                        .header("Authorization", logins.bearer("hse"))
                        .param("q", number))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].personnelNumber").value(number));
        assertThat(page(get("/people/" + id).header("Accept-Language", "ru").with(logins.as("hse"))))
                .contains("Табельный номер")
                .contains("value=\"" + number + "\"");

        var rows = workbook(get("/people/export.xlsx")
                .param("q", number)
                .header("Accept-Language", "ru")
                .with(logins.as("hse")));
        assertThat(rows.get(0)).startsWith("ФИО", "Табельный номер");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith(name, number);
    }

    @Test
    void aWorkerCannotExportThePeopleDirectory() throws Exception {
        mvc.perform(get("/people/export.xlsx").with(new Logins(context).as("worker")))
                .andExpect(status().isForbidden());
    }

    private long peopleOf(java.util.UUID organisation, Logins logins) throws Exception {
        var body = mvc.perform(get("/api/v1/people")
                        .param("organisationId", organisation.toString())
                        .header("Authorization", logins.bearer("hse")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.totalItems")).longValue();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<List<String>> workbook(MockHttpServletRequestBuilder request) throws Exception {
        var started = mvc.perform(request).andReturn();
        // the first workbook of a test run loads Apache POI, which takes longer than MockMvc's 10 s on a busy machine
        started.getAsyncResult(60_000);
        var response = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn()
                .getResponse();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var rows = new ArrayList<List<String>>();
            for (var row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                row.forEach(cell -> cells.add(cell.toString()));
                rows.add(cells);
            }
            return rows;
        }
    }
}
