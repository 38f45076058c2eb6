package dev.tandem.organisation;

import dev.tandem.history.RecordNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The plant's records by the names people know them by, for history panels that refer to them. */
@Configuration(proxyBeanMethods = false)
class PlantNames {

    @Bean
    RecordNames sitesByName(JdbcClient jdbc) {
        return RecordNames.selecting(
                jdbc, "site", "select id, name, voided_at is not null as voided from site where id in (:ids)");
    }

    @Bean
    RecordNames areasByName(JdbcClient jdbc) {
        return RecordNames.selecting(
                jdbc,
                "area",
                "select id, code || ' ' || name as name, voided_at is not null as voided from area where id in (:ids)");
    }

    @Bean
    RecordNames organisationsByName(JdbcClient jdbc) {
        return RecordNames.selecting(
                jdbc,
                "organisation",
                "select id, name, voided_at is not null as voided from organisation where id in (:ids)");
    }

    @Bean
    RecordNames peopleByName(JdbcClient jdbc) {
        return RecordNames.selecting(
                jdbc,
                "person",
                "select id, full_name as name, voided_at is not null as voided from person where id in (:ids)");
    }
}
