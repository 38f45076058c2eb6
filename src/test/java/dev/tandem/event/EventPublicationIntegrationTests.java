package dev.tandem.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A safety event registers its own events, and its repository publishes them inside the transaction that saves it:
 * so they reach another module's listener through the event publication registry, and a report undone by its
 * transaction announces nothing. The listener here stands for any module's.
 */
@TandemIntegrationTest
class EventPublicationIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Heard heard;

    Logins logins;
    String areaId;

    @BeforeEach
    void setUp() throws Exception {
        logins = new Logins(context);
        var areas = mvc.perform(get("/api/v1/areas").header("Authorization", logins.bearer("hse")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        areaId = JsonPath.read(areas, "$.items[0].id");
    }

    @Test
    void aReportAndItsReviewReachAnotherModulesListenerThroughThePublicationRegistry() throws Exception {
        var id = UUID.randomUUID();
        mvc.perform(post("/api/v1/events")
                        .header("Authorization", logins.bearer("worker"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(report(id)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/events/{id}/review", id)
                        .header("If-Match", "*")
                        .header("Authorization", logins.bearer("hse")))
                .andExpect(status().isOk());

        await().atMost(PATIENCE).until(() -> completed(EventReported.class, id) == 1);
        await().atMost(PATIENCE).until(() -> completed(EventRevised.class, id) == 1);
        // each is heard after its own transaction commits, on a thread of its own: in either order
        assertThat(heard.of(id))
                .containsExactlyInAnyOrder(
                        EventReported.class.getSimpleName(),
                        EventRevised.class.getSimpleName() + " " + EventStatus.UNDER_REVIEW);
    }

    @Test
    void aReportUndoneByARefusedPhotoAnnouncesNothing() throws Exception {
        var id = UUID.randomUUID();
        mvc.perform(multipart("/report")
                        .file(new MockMultipartFile("photo", "virus.jpg", "image/jpeg", "MZ not a picture".getBytes()))
                        .param("id", id.toString())
                        .param("type", "HAZARD")
                        .param("where", "area:" + areaId)
                        .param("description", "Loose handrail")
                        .param("occurredAt", Instant.now().toString())
                        .accept(MediaType.APPLICATION_JSON)
                        .with(logins.as("worker"))
                        .with(csrf()))
                .andExpect(status().isBadRequest());

        assertThat(jdbc.sql("select count(*) from safety_event where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like '%' || :id || '%'")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(heard.of(id)).isEmpty();
    }

    /** This test's listener's own publication: other modules (notification) listen to the same events. */
    private long completed(Class<?> type, UUID id) {
        return jdbc.sql(
                        """
                        select count(*) from event_publication
                        where event_type = :type and serialized_event like '%' || :id || '%'
                          and listener_id like '%' || :listener || '%' and completion_date is not null""")
                .param("type", type.getName())
                .param("id", id.toString())
                .param("listener", Heard.class.getName())
                .query(Long.class)
                .single();
    }

    private String report(UUID id) {
        return String.format(
                        "{'id':'%s','type':'HAZARD','areaId':'%s','description':'Loose handrail','occurredAt':'%s'}",
                        id, areaId, Instant.now().minus(10, ChronoUnit.MINUTES))
                .replace('\'', '"');
    }

    @TestConfiguration
    static class Listening {

        @Bean
        Heard heard() {
            return new Heard();
        }
    }

    /** What a listener in another module was told, in order. */
    static class Heard {

        private record Told(UUID eventId, String what) {}

        private final List<Told> told = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(EventReported reported) {
            told.add(new Told(reported.eventId(), "EventReported"));
        }

        @ApplicationModuleListener
        void on(EventRevised revised) {
            told.add(new Told(revised.eventId(), "EventRevised " + revised.status()));
        }

        List<String> of(UUID id) {
            return told.stream()
                    .filter(entry -> entry.eventId().equals(id))
                    .map(Told::what)
                    .toList();
        }
    }
}
