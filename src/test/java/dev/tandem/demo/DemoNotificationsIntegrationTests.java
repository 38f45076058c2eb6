package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.RussianDemoPlantTest;
import dev.tandem.identity.Logins;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A fresh demo plant has news waiting for its logins, made by the notification module from the demo's latest hours as
 * from any record. It is the Russian plant of {@link DemoInRussianIntegrationTests} (the same application and
 * database): no other test reads its notifications off.
 */
@RussianDemoPlantTest
class DemoNotificationsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Logins logins;

    @BeforeEach
    void everyListenerHasHeardTheDemo() {
        logins = new Logins(context);
        Awaitility.await()
                .atMost(Duration.ofMinutes(3))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "hse", "director", "worker", "contractor1"})
    void aDemoLoginHasUnreadNotificationsEachOpeningARecordItMayRead(String username) throws Exception {
        var unread = mvc.perform(get("/api/v1/notifications")
                        .param("unread", "true")
                        .param("size", "100")
                        .header("Authorization", logins.bearer(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> paths = JsonPath.read(unread, "$.items[*].recordPath");

        assertThat(paths).isNotEmpty();
        for (var path : paths) {
            mvc.perform(get(path).with(logins.as(username))).andExpect(status().isOk());
        }
    }
}
