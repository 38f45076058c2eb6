package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A create sent again under a stored id, by its maker or by anyone else, answers as the module's create rule answers
 * that user: 200 with the stored record to one who reads it and may make it, 403 to a role that may not make it, 404
 * to one who may not know of it; only the first sending writes.
 */
@TandemIntegrationTest
class IdempotentCreateReplayerIntegrationTests {

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

    /**
     * Each create's rule, as its module says it: anyone raises a stop, and a contractor's supervisor reads the stops
     * its people raised while the plant's workers read their own; the plant's line managers and safety department
     * raise actions; the safety department records anyone's training, a contractor's supervisor their own people's;
     * the safety department or the contractor's supervisor files its documents; the investigation's team of the owner
     * company and the safety department write its lesson; the safety department keeps requirements, the onboarding
     * programme and contractor types (administrators too for the last two); the registry's keepers keep tags;
     * administrators and the safety department keep everyone's people, a contractor's supervisor their own.
     */
    @ParameterizedTest(name = "{0} replayed by {1}: {2}")
    @CsvSource({
        "stop, contractor1.worker, 200",
        "stop, contractor1, 200",
        "stop, director, 200",
        "stop, worker, 404",
        "stop, contractor2, 404",
        "action, hse, 200",
        "action, manager, 200",
        "action, contractor1, 403",
        "action, contractor2, 403",
        "action, director, 403",
        "action, worker, 403",
        "trainingSession, contractor1, 200",
        "trainingSession, hse, 200",
        "trainingSession, contractor2, 404",
        "trainingSession, director, 403",
        "trainingSession, manager, 403",
        "trainingSession, worker, 403",
        "trainingRequirement, hse, 200",
        "trainingRequirement, contractor1, 403",
        "trainingRequirement, director, 403",
        "trainingRequirement, manager, 403",
        "filedDocument, contractor1, 200",
        "filedDocument, hse, 200",
        "filedDocument, contractor2, 404",
        "filedDocument, director, 403",
        "filedDocument, manager, 403",
        "filedDocument, worker, 403",
        "onboardingStep, hse, 200",
        "onboardingStep, admin, 200",
        "onboardingStep, contractor1, 403",
        "onboardingStep, director, 403",
        "onboardingStep, manager, 403",
        "tag, hse, 200",
        "tag, manager, 200",
        "tag, contractor1, 403",
        "tag, director, 403",
        "tag, worker, 403",
        "contractorType, hse, 200",
        "contractorType, admin, 200",
        "contractorType, contractor1, 403",
        "contractorType, director, 403",
        "contractorType, manager, 403",
        "lesson, manager, 200",
        "lesson, hse, 200",
        "lesson, contractor1.worker, 403",
        "lesson, director, 403",
        "lesson, contractor1, 404",
        "lesson, worker, 404",
        "lesson, contractor2, 404",
        "person, contractor1, 200",
        "person, hse, 200",
        "person, admin, 200",
        "person, contractor2, 404",
        "person, director, 403",
        "person, manager, 403",
        "person, worker, 403"
    })
    void aReplayAnswersAsTheCreateRuleAnswersTheReplayer(String kind, String replayer, int answer) throws Exception {
        var create = fixture.create(kind);
        var id = UUID.randomUUID();
        var marker = "M" + UUID.randomUUID().toString().substring(0, 8);
        var first = fixture.send(create, create.firstBy(), id, marker);
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(201);
        var written = fixture.writtenFor(id);

        var replayed = fixture.send(create, replayer, id, marker);

        assertThat(replayed.getStatus()).as(replayed.getContentAsString()).isEqualTo(answer);
        assertThat(fixture.writtenFor(id)).as("nothing written again").isEqualTo(written);
        if (answer == 200) {
            assertThat((String) JsonPath.read(replayed.getContentAsString(), "$.id"))
                    .isEqualTo(id.toString());
            assertThat(replayed.getHeader("Location")).isNull();
        } else {
            assertThat(replayed.getContentAsString()).doesNotContain(marker);
        }
        if (answer == 404) {
            assertThat(fixture.get(create.read() + id, replayer).getStatus())
                    .as("answered as a read of the id")
                    .isEqualTo(404);
        }
        if (answer == 403) {
            var fresh = UUID.randomUUID();
            assertThat(fixture.send(create, replayer, fresh, marker + "n").getStatus())
                    .as("as a new create is refused")
                    .isEqualTo(403);
            assertThat(fixture.writtenFor(fresh)).isEmpty();
        }
        new KeptCreates(fixture).retire(kind, id);
    }
}
