package dev.tandem.action;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.identity.Logins;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What the action tests need around them: an event to raise actions from, and the actions as they are stored. */
final class StoredActions {

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final Logins logins;
    private final String areaId;

    StoredActions(MockMvc mvc, JdbcClient jdbc, Logins logins, String areaId) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.logins = logins;
        this.areaId = areaId;
    }

    /** Reports an event in the area through the API, as the reporter; answers its id. */
    String event(String type, String reporter, String description) throws Exception {
        var id = UUID.randomUUID();
        mvc.perform(post("/api/v1/events")
                        .header("Authorization", logins.bearer(reporter))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"id\":\"%s\",\"type\":\"%s\",\"areaId\":\"%s\",\"description\":\"%s\",\"occurredAt\":\"%s\"}"
                                        .formatted(
                                                id,
                                                type,
                                                areaId,
                                                description,
                                                Instant.now().minus(5, ChronoUnit.MINUTES))))
                .andExpect(status().isCreated());
        return id.toString();
    }

    long count(UUID id) {
        return jdbc.sql("select count(*) from corrective_action where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    String statusOf(UUID id) {
        return column("status", id);
    }

    String titleOf(UUID id) {
        return column("title", id);
    }

    /** Moves an action's due date, as time passing would. */
    void dueDateOf(UUID id, LocalDate day) {
        jdbc.sql("update corrective_action set due_date = :day where id = :id")
                .param("day", day)
                .param("id", id)
                .update();
    }

    private String column(String column, UUID id) {
        return jdbc.sql("select " + column + " from corrective_action where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
