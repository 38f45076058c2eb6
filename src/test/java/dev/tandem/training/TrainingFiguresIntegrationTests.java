package dev.tandem.training;

import static dev.tandem.training.TrainingFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.organisation.RegisterOrganisation;
import dev.tandem.organisation.RegisterPerson;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard's training figures: the share fully trained and what expires within 30 days, per organisation. */
@TandemIntegrationTest
class TrainingFiguresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationRegister register;

    @Autowired
    PlantStructure plant;

    @Test
    void aContractorsShareCountsWhoHoldsEveryRequiredCompetenceAndWhatExpiresSoon() throws Exception {
        var training = new TrainingFixture(mvc, jdbc, new Logins(context));
        var admin = training.logins().viewer("admin");
        var firm = register.registerContractor(null, RegisterOrganisation.named("Figures " + UUID.randomUUID()), admin)
                .id();
        var position = "Pipe fitter " + UUID.randomUUID();
        var trained = register.addPerson(null, RegisterPerson.named(firm, "Trained Fitter", position), admin)
                .record()
                .id();
        var untrained = register.addPerson(null, RegisterPerson.named(firm, "New Fitter", position), admin)
                .record()
                .id();
        var competence = training.competence(12);
        var other = training.competence(12);
        for (var required : new String[] {competence, other}) {
            training.call(
                            "hse",
                            post("/api/v1/training-requirements"),
                            "{\"competenceId\":\"%s\",\"position\":\"%s\"}".formatted(required, position))
                    .andExpect(status().isCreated());
        }
        training.passed("hse", trained, competence, daysAgo(3));
        training.call(
                        "hse",
                        post("/api/v1/training-records"),
                        training.details(
                                UUID.randomUUID(),
                                trained,
                                other,
                                daysAgo(300),
                                "PASSED",
                                LocalDate.now(ZoneOffset.UTC).plusDays(10)))
                .andExpect(status().isCreated());
        training.passed("hse", untrained, competence, daysAgo(3));

        // another contractor reads neither the figures nor the panel of this one
        training.call("contractor1", get("/api/v1/training/figures").param("organisationId", firm.toString()), null)
                .andExpect(status().isNotFound());
        mvc.perform(get("/training/figures")
                        .param("organisation", firm.toString())
                        .with(training.logins().as("contractor1")))
                .andExpect(status().isNotFound());
        training.call("director", get("/api/v1/training/figures").param("organisationId", firm.toString()), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contractors.people").value(2))
                .andExpect(jsonPath("$.contractors.trained").value(1))
                .andExpect(jsonPath("$.contractors.expiring").value(1))
                .andExpect(jsonPath("$.contractors.percent").value(50.0))
                .andExpect(jsonPath("$.ownStaff.people").value(0));
        var panel = mvc.perform(get("/training/figures")
                        .param("organisation", firm.toString())
                        .with(training.logins().as("director")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(panel).contains("50 %").contains("1 of 2 people");
    }

    @Test
    void aSitesFiguresAreOfTheDayItIsOnThatSite() throws Exception {
        var training = new TrainingFixture(mvc, jdbc, new Logins(context));
        var admin = training.logins().viewer("admin");
        // 25 hours apart: whatever the hour, the two sites are on different days
        for (var zone : new String[] {"Pacific/Kiritimati", "Pacific/Niue"}) {
            var code = "F" + UUID.randomUUID().toString().substring(0, 8);
            var site = plant.createSite(null, DefineSite.named(code, "Site " + code, zone, null), admin)
                    .id();
            var before = LocalDate.now(ZoneId.of(zone));
            var on = training.call("director", get("/api/v1/training/figures").param("siteId", site.toString()), null)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            var after = LocalDate.now(ZoneId.of(zone));
            assertThat(on).containsAnyOf("\"on\":\"" + before + "\"", "\"on\":\"" + after + "\"");
        }
    }
}
