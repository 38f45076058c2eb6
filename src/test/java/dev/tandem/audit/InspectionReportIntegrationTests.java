package dev.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An inspection's report as a PDF in the reader's language with its answers, score, photo and finding with its action,
 * read only by those who read the inspection; and share links to a completed one's report: opened without signing in,
 * every opening in the link's trail, refused once revoked or expired, made only by those who answer for it and never
 * on another contractor's inspection.
 */
@TandemIntegrationTest
class InspectionReportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OfflineInspections offline;

    InspectionFixture fixture;
    UUID inspection;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new InspectionFixture(mvc, context, jdbc);
        var supervisor = fixture.logins.viewer("contractor1");
        inspection = offline.receive(
                        new InspectionDoneOffline(
                                UUID.randomUUID(),
                                fixture.template,
                                null,
                                fixture.site,
                                null,
                                null,
                                null,
                                "Mikhail on the bay",
                                Map.of("latches", "no", "load", "2"),
                                Map.of("latches", "Hook 2"),
                                List.of(new RaiseFinding(
                                        "latches",
                                        "Latch bent open",
                                        "Replace the latch",
                                        supervisor.personId(),
                                        null)),
                                null),
                        Map.of("latches", ChecklistCalls.png()),
                        null,
                        supervisor)
                .record()
                .id();
    }

    @Test
    void theReportHoldsAnswersScorePhotoAndFindingInTheReadersLanguage() throws Exception {
        var pdf = mvc.perform(get("/audit/inspections/" + inspection + "/report.pdf")
                        .with(fixture.logins.as("hse"))
                        .locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Предохранительные замки всех крюков")
                    .contains("Latch bent open")
                    .contains("Replace the latch")
                    .contains("Оценка")
                    .contains("Mikhail on the bay");
            var images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).as("the photo of the latch").isEqualTo(1);
        }
        mvc.perform(get("/api/v1/inspections/" + inspection + "/report").with(fixture.logins.as("contractor1.worker")))
                .andExpect(status().isOk());
        mvc.perform(get("/audit/inspections/" + inspection + "/report.pdf").with(fixture.logins.as("contractor2")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aShareLinkOpensTheReportWithoutSigningInUntilRevokedAndKeepsItsTrail() throws Exception {
        var made = ChecklistCalls.body(fixture.calls
                .call("contractor1", post("/api/v1/inspections/" + inspection + "/shares"), "{\"days\": 2}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.url").exists()));
        var path = URI.create(JsonPath.<String>read(made, "$.url")).getPath();
        var token = path.substring("/shared/inspections/".length());
        assertThat(jdbc.sql("select count(*) from audit_report_share where token_hash = sha256(convert_to(:t, 'UTF8'))")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .as("the token's hash is kept, not the token")
                .isEqualTo(1);

        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
        fixture.calls
                .call("hse", get("/api/v1/inspections/" + inspection + "/shares"), null)
                .andExpect(jsonPath("$[0].openings").value(1))
                .andExpect(jsonPath("$[0].createdByName").value("Mikhail Titov"));

        var share = JsonPath.<String>read(made, "$.id");
        fixture.calls
                .call("hse", post("/api/v1/inspections/" + inspection + "/shares/" + share + "/revoke"), null)
                .andExpect(status().isNoContent());
        mvc.perform(get(path)).andExpect(status().isNotFound());
        fixture.calls
                .call("contractor1", get("/api/v1/inspections/" + inspection + "/shares"), null)
                .andExpect(jsonPath("$[0].revokedByName").value("Vladimir Zakharov"))
                .andExpect(jsonPath("$[0].openings").value(1));

        var another = ChecklistCalls.body(fixture.calls
                .call("manager", post("/api/v1/inspections/" + inspection + "/shares"), null)
                .andExpect(status().isCreated()));
        jdbc.sql("update audit_report_share set expires_at = now() - interval '1 second' where id = :id")
                .param("id", UUID.fromString(JsonPath.read(another, "$.id")))
                .update();
        mvc.perform(get(URI.create(JsonPath.<String>read(another, "$.url")).getPath()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/shared/inspections/not-a-token")).andExpect(status().isNotFound());
    }

    @Test
    void onlyThoseWhoAnswerForItShareAndNeverAnotherContractorsOrAnUnfinishedOne() throws Exception {
        fixture.calls
                .call("contractor1.worker", post("/api/v1/inspections/" + inspection + "/shares"), null)
                .andExpect(status().isForbidden());
        fixture.calls
                .call("contractor2", post("/api/v1/inspections/" + inspection + "/shares"), null)
                .andExpect(status().isNotFound());
        fixture.calls
                .call("hse", post("/api/v1/inspections/" + inspection + "/shares"), "{\"days\": 91}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"));
        var started = JsonPath.<String>read(
                ChecklistCalls.body(fixture.calls
                        .call(
                                "hse",
                                post("/api/v1/inspections"),
                                "{\"templateId\": \"%s\", \"siteId\": \"%s\"}"
                                        .formatted(fixture.template, fixture.site))
                        .andExpect(status().isCreated())),
                "$.id");
        fixture.calls
                .call("hse", post("/api/v1/inspections/" + started + "/shares"), null)
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from audit_report_share where inspection_id in (:a, :b)")
                        .param("a", inspection)
                        .param("b", UUID.fromString(started))
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
