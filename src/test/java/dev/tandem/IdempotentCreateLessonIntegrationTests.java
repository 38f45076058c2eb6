package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A lesson card's id sent again under another investigation: the card belongs to the investigation it was drafted on,
 * so the replay answers as drafting a card on that one would answer the sender, whatever investigation the request
 * names.
 */
@TandemIntegrationTest
class IdempotentCreateLessonIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWriterOfAnotherInvestigationOnlyIsToldNothingOfTheCardDraftedOrPublished() throws Exception {
        var fixture = new IdempotentCreateFixture(mvc, context, jdbc);
        var field = new FieldCreates(fixture);
        var card = field.lesson(field.investigation("Why the scaffold fell"));
        var id = UUID.randomUUID();
        var marker = "M" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(fixture.send(card, "manager", id, marker).getStatus()).isEqualTo(201);
        // the plant's worker is in the team of another investigation only, whose card they may write
        var other = field.investigation("Why the ladder slipped", "worker");
        var elsewhere = field.lesson(other);
        var written = fixture.writtenFor(id);

        var drafted = fixture.send(elsewhere, "worker", id, marker);

        assertThat(drafted.getStatus()).as("a draft the worker may not read").isEqualTo(404);
        assertThat(drafted.getContentAsString()).doesNotContain(marker);
        assertThat(fixture.writtenFor(id)).isEqualTo(written);

        var read = "/api/v1/lessons/" + id;
        assertThat(fixture.step(read + "/submit", "manager", read, null).getStatus())
                .isEqualTo(200);
        assertThat(fixture.step(read + "/publish", "hse", read, "{\"showOnScreens\":false}")
                        .getStatus())
                .isEqualTo(200);
        assertThat(fixture.get(read, "worker").getStatus())
                .as("a published card is everyone's")
                .isEqualTo(200);
        written = fixture.writtenFor(id);

        var published = fixture.send(elsewhere, "worker", id, marker);

        assertThat(published.getStatus())
                .as("as drafting a card on the investigation the worker may not read")
                .isEqualTo(404)
                .isEqualTo(
                        fixture.send(card, "worker", UUID.randomUUID(), marker).getStatus());
        assertThat(fixture.writtenFor(id)).isEqualTo(written);
        assertThat(jdbc.sql("select count(*) from investigation_lesson where investigation_id = :other")
                        .param("other", other)
                        .query(Long.class)
                        .single())
                .isZero();
        // the other investigation's own card is still the worker's to write
        assertThat(fixture.send(elsewhere, "worker", UUID.randomUUID(), "Its own card")
                        .getStatus())
                .isEqualTo(201);
    }
}
