package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The page forms that carry a client's id, sent again: the maker lands where the first sending landed (or gets the
 * stored record from the phone's script) and anyone else is answered as the module's create rule answers them, the
 * same as over the API; only the first sending writes.
 */
@TandemIntegrationTest
class IdempotentCreatePageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    IdempotentCreateFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new IdempotentCreateFixture(mvc, context, jdbc);
    }

    @ParameterizedTest(name = "{0} sent again by {1}: {2}")
    @CsvSource({
        "stopForm, director, 302",
        "stopForm, worker, 404",
        "stopForm, contractor2, 404",
        "stopScript, contractor1, 200",
        "stopScript, contractor2, 404",
        "actionForm, contractor1, 403",
        "actionForm, director, 403",
        "fieldInspection, director, 200",
        "fieldInspection, contractor2, 404",
        "fieldInspection, admin, 403",
        "sessionForm, director, 403",
        "sessionForm, contractor2, 404",
        "onboardingStep, contractor1, 403",
        "onboardingStep, manager, 403",
        "typeForm, director, 403",
        "typeForm, contractor1, 403",
        "lessonForm, director, 403",
        "lessonForm, contractor2, 404",
        "portalDocument, contractor2, 404",
        "personForm, hse, 302",
        "personForm, contractor2, 404",
        "personForm, director, 403",
        "personForm, manager, 403",
        "personForm, worker, 403",
        "tagForm, manager, 302",
        "tagForm, contractor1, 403",
        "tagForm, director, 403",
        "competenceForm, contractor1, 403",
        "competenceForm, director, 403",
        "competenceForm, manager, 403",
        "requirementForm, contractor1, 403",
        "requirementForm, director, 403"
    })
    void aFormSentAgainAnswersAsTheCreateRuleAnswersTheSender(String kind, String sender, int answer) throws Exception {
        var create = new PageCreates(fixture).create(kind);
        var id = UUID.randomUUID();
        var marker = "M" + UUID.randomUUID().toString().substring(0, 8);
        var first = send(create, create.firstBy(), id, marker);
        assertThat(first.getStatus()).as(first.getContentAsString()).isIn(201, 302);
        var written = fixture.writtenFor(id);
        assertThat(written).as("stored under the client's id").isNotEmpty();

        var again = send(create, create.firstBy(), id, marker);
        assertThat(again.getStatus()).isEqualTo(first.getStatus() == 201 ? 200 : 302);
        assertThat(again.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
        var replayed = send(create, sender, id, marker);

        assertThat(replayed.getStatus()).as(replayed.getContentAsString()).isEqualTo(answer);
        assertThat(fixture.writtenFor(id)).as("nothing written again").isEqualTo(written);
        if (answer == 200) {
            assertThat(replayed.getContentAsString()).contains(id.toString());
        } else if (answer == 302) {
            assertThat(replayed.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
        } else {
            assertThat(replayed.getContentAsString()).doesNotContain(marker);
        }
        if (answer == 403) {
            var fresh = UUID.randomUUID();
            assertThat(send(create, sender, fresh, marker + "n").getStatus())
                    .as("as a new create is refused")
                    .isEqualTo(403);
            assertThat(fixture.writtenFor(fresh)).isEmpty();
        }
        new KeptCreates(fixture).retire(kind, id);
    }

    private MockHttpServletResponse send(PageCreates.PageCreate create, String username, UUID id, String marker)
            throws Exception {
        var own = fixture.logins.viewer(username).organisationId().toString();
        return mvc.perform(create.request()
                        .apply(id, marker)
                        .with(request -> {
                            java.util.Map.copyOf(request.getParameterMap()).forEach((name, values) -> {
                                if (values.length == 1 && values[0].equals("{own}")) {
                                    request.setParameter(name, own);
                                }
                            });
                            return request;
                        })
                        .with(fixture.logins.as(username))
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn()
                .getResponse();
    }
}
