package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.training.TrainingClearance;
import dev.tandem.training.TrainingClearance.Work;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo plant's training: what its trades and roles require, and its people's records as sign-in sheets of
 * sessions, most valid, some expiring within 30 days, some expired; line managers need a mentor's qualification.
 */
@TandemIntegrationTest
class DemoTrainingIntegrationTests {

    /** The demo's sessions, as the English demo plant names its trainers. */
    private static final String DEMO_SESSIONS =
            "training_session where trainer in ('Irina Sokolova, training instructor', 'Certification commission')";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TrainingClearance clearance;

    @Test
    void thePeoplesRecordsAreMostlyValidWithSomeExpiringAndSomeExpired() {
        var today = LocalDate.now(ZoneOffset.UTC);
        assertThat(count("select count(*) from " + DEMO_SESSIONS)).isGreaterThan(50);
        assertThat(count("select max(n) from (select count(*) as n from training_record t where t.session_id in"
                        + " (select id from " + DEMO_SESSIONS + ") group by t.session_id) sheets"))
                .as("the largest sign-in sheet")
                .isGreaterThanOrEqualTo(5);
        var records = "select count(*) from training_record t where t.session_id in (select id from " + DEMO_SESSIONS
                + ") and t.result = 'PASSED' and ";
        long valid = count(records + "t.expires_on > date '" + today.plusDays(31) + "'");
        long expiring = count(records + "t.expires_on between date '" + today.plusDays(1) + "' and date '"
                + today.plusDays(30) + "'");
        long expired = count(records + "t.expires_on < date '" + today + "'");
        assertThat(expiring).isPositive();
        assertThat(expired).isPositive();
        assertThat(valid).isGreaterThan(3 * (expiring + expired));
    }

    @Test
    void aLineManagerNeedsAMentorsQualification() {
        var manager = new Logins(context).viewer("manager").personId();
        assertThat(clearance.clearedNow(manager, Work.onSite()).requirements())
                .extracting(TrainingClearance.Requirement::code)
                .contains("MENTOR_STANDARDS", "MENTOR_COMMUNICATION", "MENTOR_RISK", "OHS_A");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
