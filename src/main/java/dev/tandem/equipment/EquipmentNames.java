package dev.tandem.equipment;

import dev.tandem.history.RecordNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Machines by code and name, for history panels that refer to them. */
@Configuration(proxyBeanMethods = false)
class EquipmentNames {

    @Bean
    RecordNames machinesByName(JdbcClient jdbc) {
        return RecordNames.selecting(
                jdbc,
                "equipment",
                """
                select id, code || ' ' || name as name, voided_at is not null as voided
                from equipment where id in (:ids)""");
    }
}
