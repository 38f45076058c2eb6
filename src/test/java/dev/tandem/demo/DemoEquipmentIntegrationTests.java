package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.equipment.Criticality;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.equipment.EquipmentState;
import dev.tandem.equipment.EquipmentType;
import dev.tandem.equipment.RegisterEquipment;
import dev.tandem.equipment.dispatch.DispatchQueries;
import dev.tandem.shared.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo plant's machines and their year of dispatch data. */
@TandemIntegrationTest
class DemoEquipmentIntegrationTests {

    @Autowired
    EquipmentRegistry registry;

    @Autowired
    DispatchQueries dispatch;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePumpAndTheConveyorTheSignalsFeedAreWhereTheSimulationExpectsThem() {
        var pump = registry.equipment(DemoRun.id("equipment", 1));
        assertThat(pump.code()).isEqualTo("P-101");
        assertThat(pump.type()).isEqualTo(EquipmentType.PUMP);
        assertThat(pump.criticality()).isEqualTo(Criticality.HIGH);
        assertThat(pump.siteId()).isEqualTo(DemoRun.id("site", 0));
        assertThat(pump.areaId()).isEqualTo(DemoRun.id("area", 0));
        var conveyor = registry.equipment(DemoRun.id("equipment", 2));
        assertThat(conveyor.code()).isEqualTo("CV-201");
        assertThat(conveyor.type()).isEqualTo(EquipmentType.CONVEYOR);
        assertThat(conveyor.criticality()).isEqualTo(Criticality.HIGH);
        assertThat(conveyor.siteId()).isEqualTo(DemoRun.id("site", 0));
        assertThat(conveyor.areaId()).isEqualTo(DemoRun.id("area", 1));
        for (var machine : new java.util.UUID[] {pump.id(), conveyor.id()}) {
            assertThat(dispatch.current(machine, Viewer.system()))
                    .hasValueSatisfying(change -> assertThat(change.state()).isEqualTo(EquipmentState.RUNNING));
        }

        // the signal simulation registers them again under the same ids: that changes nothing
        var again = registry.register(pump.id(), RegisterEquipment.of(pump), Viewer.system());
        assertThat(again.isNew()).isFalse();
        assertThat(again.record().version()).isEqualTo(pump.version());
        assertThat(count("select count(*) from equipment where code = 'P-101'")).isEqualTo(1);
    }

    @Test
    void everyAreaHasItsMachinesWithAYearOfDispatchDataAndFewerFailuresLately() {
        assertThat(
                        count(
                                """
                        select count(*) from area a where a.voided_at is null and a.id in (select area_id from equipment
                            where code ~ '^[A-Z]+-[0-9]+$' group by area_id having count(*) >= 3)"""))
                .isGreaterThanOrEqualTo(12);
        assertThat(
                        count(
                                """
                        select count(*) from equipment_state_change where source = 'API'
                            and at < now() - interval '360 days'"""))
                .isGreaterThanOrEqualTo(36);
        assertThat(count("select count(*) from equipment_state_change")).isGreaterThan(5000);
        assertThat(count("select count(*) from downtime where planned")).isGreaterThan(300);
        long earlier = count(
                """
                select count(*) from downtime where not planned
                    and started_at between now() - interval '365 days' and now() - interval '182 days'""");
        long later =
                count("select count(*) from downtime where not planned and started_at > now() - interval '182 days'");
        assertThat(later).isLessThan(earlier).isGreaterThan(earlier / 2);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
