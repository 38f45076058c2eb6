package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import dev.tandem.TandemIntegrationTest;
import java.time.Duration;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The bell's stream carries one person's count only: a notification for the line manager rings the manager's open
 * stream and never the worker's, whether the worker listens on the page's stream or the API's.
 */
@TandemIntegrationTest
class InboxStreamScopeIntegrationTests {

    private static final Pattern UNREAD = Pattern.compile("event:unread");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    NotifyingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new NotifyingFixture(context);
    }

    @Test
    void aNotificationForOnePersonNeverRingsAnotherPersonsStream() throws Exception {
        var managers = open(mvc.perform(
                        get("/api/v1/notifications/stream").header("Authorization", fixture.logins.bearer("manager")))
                .andExpect(request().asyncStarted())
                .andReturn());
        var workersPage = open(mvc.perform(get("/notifications/stream").with(fixture.logins.as("worker")))
                .andExpect(request().asyncStarted())
                .andReturn());
        var workersApi = open(mvc.perform(
                        get("/api/v1/notifications/stream").header("Authorization", fixture.logins.bearer("worker")))
                .andExpect(request().asyncStarted())
                .andReturn());

        fixture.action("manager", "Check the gas detectors in the tunnel");

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> rings(managers) >= 2);
        assertThat(rings(workersPage)).as("the worker's page stream").isEqualTo(1);
        assertThat(rings(workersApi)).as("the worker's API stream").isEqualTo(1);
    }

    /** A stream as it was opened: it has told its own count once. */
    private static MockHttpServletResponse open(MvcResult stream) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> rings(stream.getResponse()) >= 1);
        return stream.getResponse();
    }

    private static long rings(MockHttpServletResponse stream) throws Exception {
        return UNREAD.matcher(stream.getContentAsString()).results().count();
    }
}
