package dev.tandem.audit;

import dev.tandem.history.RecordNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Checklist templates by title, for the history panels of the inspections and schedules that refer to them. */
@Configuration(proxyBeanMethods = false)
class AuditNames {

    @Bean
    RecordNames checklistTemplatesByName(JdbcClient jdbc) {
        return RecordNames.selecting(
                jdbc,
                "checklist-template",
                "select id, title as name, voided_at is not null as voided from audit_template where id in (:ids)");
    }
}
