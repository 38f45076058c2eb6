package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.shared.Role;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@TandemIntegrationTest
class DemoPlantIntegrationTests {

    @Autowired
    DemoPlant demoPlant;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void theDemoPlantHasSitesAreasContractorsAndPeople() {
        assertThat(count("select count(*) from site where code in ('UMW', 'URM', 'UOY')"))
                .isEqualTo(3);
        assertThat(count("select count(*) from area where owner_id is not null"))
                .isGreaterThanOrEqualTo(12);
        assertThat(count("select count(*) from organisation where kind = 'OWNER'"))
                .isEqualTo(1);
        assertThat(count("select count(distinct status) from organisation where kind = 'CONTRACTOR'"))
                .isEqualTo(5);
        assertThat(count("select count(*) from person")).isGreaterThanOrEqualTo(300);
        assertThat(count("select count(*) from person where full_name ~ '[А-Яа-я]'"))
                .isGreaterThan(50);
        assertThat(count("select count(*) from person where full_name ~ '^[A-Za-z .''-]+$'"))
                .isGreaterThan(50);
    }

    @Test
    void everyRoleHasALoginAndContractorLoginsBelongToTwoContractors() {
        var logins = new Logins(context);
        Arrays.stream(DemoLogin.values())
                .forEach(login ->
                        assertThat(logins.viewer(login.username()).roles()).contains(login.role()));
        var contractor1 = logins.viewer("contractor1");
        var contractor2 = logins.viewer("contractor2");
        assertThat(contractor1.contractor()).isTrue();
        assertThat(contractor2.contractor()).isTrue();
        assertThat(contractor1.organisationId()).isNotEqualTo(contractor2.organisationId());
        assertThat(logins.viewer("contractor1.worker").organisationId()).isEqualTo(contractor1.organisationId());
        assertThat(logins.viewer("manager").roles()).containsExactly(Role.LINE_MANAGER);
    }

    @Test
    void recordsAreGeneratedThroughTheServicesSoTheyHaveHistory() {
        assertThat(count("select count(*) from history_entry"
                        + " where record_type = 'person' and kind = 'CREATED' and changed_by_name = 'Tandem'"))
                .isGreaterThanOrEqualTo(300);
    }

    @Test
    void neverGeneratesIntoADatabaseThatHoldsAPlant() {
        assertThatThrownBy(() -> demoPlant.generate(1)).isInstanceOf(IllegalStateException.class);
        assertThat(count("select count(*) from organisation where kind = 'OWNER'"))
                .isEqualTo(1);
    }

    @Test
    void theSameSeedGivesTheSameNames() {
        var first = new DemoNames(new java.util.Random(DemoRun.SEED));
        var second = new DemoNames(new java.util.Random(DemoRun.SEED));
        for (int i = 0; i < 50; i++) {
            assertThat(first.next(30).fullName()).isEqualTo(second.next(30).fullName());
        }
        assertThat(DemoRun.id("site", 1)).isEqualTo(DemoRun.id("site", 1)).isNotEqualTo(DemoRun.id("site", 2));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
