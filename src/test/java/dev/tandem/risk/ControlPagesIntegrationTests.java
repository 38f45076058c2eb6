package dev.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The controls on a risk's page and a control's own page: adding, verifying, and bad input as form messages. */
@TandemIntegrationTest
class ControlPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    RiskFixture risks;
    ControlFixture controls;
    Logins logins;
    String risk;

    @BeforeEach
    void setUp() throws Exception {
        logins = new Logins(context);
        risks = new RiskFixture(mvc, jdbc, logins);
        controls = new ControlFixture(risks, jdbc);
        risk = risks.risk(risks.areaWorkedInBy("contractor1"), "Hot metal ladle transfer", true);
    }

    @Test
    void theSafetyDepartmentAddsAControlThatAContractorInReachOnlyReads() throws Exception {
        mvc.perform(post("/risks/" + risk + "/controls")
                        .with(csrf())
                        .with(logins.as("hse"))
                        .param("id", UUID.randomUUID().toString())
                        .param("level", "ENGINEERING")
                        .param("description", "Ladle tilting interlock")
                        .param("ownerPersonId", controls.person("manager").toString())
                        .param("critical", "true")
                        .param("performanceStandard", "Tilting stops when the crane hook is not engaged")
                        .param("cadenceDays", "30"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/risks/" + risk + "/controls/*"));

        var asHse = page("/risks/" + risk + "/controls", "hse");
        assertThat(asHse).contains("Ladle tilting interlock", "data-add-control", "Not verified yet");
        var asContractor = page("/risks/" + risk + "/controls", "contractor1");
        assertThat(asContractor).contains("Ladle tilting interlock").doesNotContain("data-add-control");
        mvc.perform(get("/risks/" + risk + "/controls/new").with(logins.as("contractor1")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCriticalControlWithoutAStandardComesBackWithAMessageAndNothingWritten() throws Exception {
        long before = controls.count("risk_control");
        var page = mvc.perform(post("/risks/" + risk + "/controls")
                        .with(csrf())
                        .with(logins.as("hse"))
                        .param("id", UUID.randomUUID().toString())
                        .param("level", "ENGINEERING")
                        .param("description", "Ladle tilting interlock")
                        .param("ownerPersonId", controls.person("manager").toString())
                        .param("critical", "true")
                        .param("cadenceDays", "30"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("A critical control needs a performance standard.");
        assertThat(controls.count("risk_control")).isEqualTo(before);
    }

    @Test
    void aVerificationFromTheFormWithAPhotoThatIsNotAPictureIsRefused() throws Exception {
        var control = controls.critical(risk, "manager");
        long before = controls.count("control_verification");
        var refused = mvc.perform(multipart("/risks/" + risk + "/controls/" + control + "/verify")
                        .file(new MockMultipartFile("photo", "x.jpg", "image/jpeg", "not a picture".getBytes()))
                        .param("id", UUID.randomUUID().toString())
                        .param("passed", "false")
                        .with(csrf())
                        .with(logins.as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Only JPEG, PNG or WebP photos are accepted.");
        assertThat(controls.count("control_verification")).isEqualTo(before);

        mvc.perform(multipart("/risks/" + risk + "/controls/" + control + "/verify")
                        .param("id", UUID.randomUUID().toString())
                        .param("passed", "true")
                        .param("note", "Interlock held")
                        .with(csrf())
                        .with(logins.as("manager")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/risks/" + risk + "/controls/" + control + "?verified=passed"));
        assertThat(page("/risks/" + risk + "/controls/" + control, "manager"))
                .contains("data-effectiveness=\"EFFECTIVE\"", "Interlock held");
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(logins.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
