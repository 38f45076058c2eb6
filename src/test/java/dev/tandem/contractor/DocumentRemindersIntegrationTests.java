package dev.tandem.contractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.contractor.prequalification.PlantDay;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A required document running out is told once before its expiry (its policy's warning days) and once when it has
 * expired, to the contractor's supervisors (and the safety department without a site of its own), never to another
 * contractor.
 */
@TandemIntegrationTest
class DocumentRemindersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    DocumentReminders reminders;

    @Autowired
    PlantDay day;

    @Autowired
    Clock clock;

    @Test
    void anExpiringAndAnExpiredRequiredDocumentAreEachToldOnceToTheContractorsSupervisor() throws Exception {
        var fixture = new ContractorFixture(mvc, context);
        var contractor = fixture.contractor("Reminded");
        fixture.classify(contractor.id(), fixture.type(0));
        var today = day.today();
        var insurance = filed(fixture, contractor, "INSURANCE", 10);
        var licence = filed(fixture, contractor, "LICENCE", 100);

        var first = reminders.remind(clock);
        assertThat(first.expiring()).contains(insurance).doesNotContain(licence);
        assertThat(reminders.remind(clock).expiring()).doesNotContain(insurance);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> told(insurance, "contractor.document-expiring")
                .contains(contractor.supervisor()));

        // time passes: the licence expired two days ago
        fixture.jdbc
                .sql("update contractor_document set valid_until = :day where id = :id")
                .param("day", today.minusDays(2))
                .param("id", licence)
                .update();
        assertThat(reminders.remind(clock).expired()).containsExactly(licence);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> told(licence, "contractor.document-expired")
                .contains(contractor.supervisor()));
        assertThat(told(licence, "contractor.document-expired")).doesNotContain("contractor1");
    }

    private UUID filed(ContractorFixture fixture, ContractorFixture.Contractor contractor, String code, int days)
            throws Exception {
        var body = fixture.file("hse", contractor.id(), code, day.today().plusDays(days), ContractorFixture.PDF)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    /** The usernames of those told of the document in this kind. */
    private List<String> told(UUID document, String kind) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql(
                        """
                        select u.username from notification n join user_account u on u.person_id = n.recipient_person_id
                        where n.record_id = :id and n.kind = :kind""")
                .param("id", document)
                .param("kind", kind)
                .query(String.class)
                .list();
    }
}
