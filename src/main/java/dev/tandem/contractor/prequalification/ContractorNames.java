package dev.tandem.contractor.prequalification;

import dev.tandem.history.RecordNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Contractor types and engagements by name, for the history panels that refer to them. */
@Configuration(proxyBeanMethods = false)
class ContractorNames {

    @Bean
    RecordNames contractorPoliciesByName(JdbcClient jdbc) {
        return RecordNames.selecting(
                jdbc,
                "contractor-policy",
                "select id, name, voided_at is not null as voided from contractor_policy where id in (:ids)");
    }

    /** An engagement by its scope of work and its first day. */
    @Bean
    RecordNames contractorEngagementsByName(JdbcClient jdbc) {
        return RecordNames.selecting(
                jdbc,
                "contractor-engagement",
                """
                select id, description || ', ' || starts_on as name, voided_at is not null as voided
                from contractor_engagement where id in (:ids)""");
    }
}
