package dev.tandem.risk;

import dev.tandem.history.RecordNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The register's records by name, for the history panels that refer to them. */
@Configuration(proxyBeanMethods = false)
class RiskNames {

    /** A risk's name wherever a person looks for it: its external id, if it has one, and its hazard. */
    static final String NAME = "coalesce(external_id || ' ', '') || hazard";

    @Bean
    RecordNames risksByName(JdbcClient jdbc) {
        return RecordNames.selecting(
                jdbc,
                "risk",
                "select id, " + NAME + " as name, voided_at is not null as voided from risk_entry where id in (:ids)");
    }

    /** Hazard categories in the reader's language. */
    @Bean
    RecordNames hazardCategoriesByName(JdbcClient jdbc) {
        return RecordNames.selectingInReadersLanguage(
                jdbc,
                "hazard-category",
                "select id, name_%s as name, voided_at is not null as voided from hazard_category where id in (:ids)");
    }

    @Bean
    RecordNames matrixVersionsByName(JdbcClient jdbc) {
        return RecordNames.selecting(
                jdbc,
                "risk-matrix",
                """
                select id, 'v' || number as name, false as voided
                from risk_matrix where id in (:ids)""");
    }
}
