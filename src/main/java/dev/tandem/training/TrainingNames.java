package dev.tandem.training;

import dev.tandem.history.RecordNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Competences and sign-in sheets by name, in the reader's language, for the history panels that refer to them. */
@Configuration(proxyBeanMethods = false)
class TrainingNames {

    @Bean
    RecordNames competencesByName(JdbcClient jdbc) {
        return RecordNames.selectingInReadersLanguage(
                jdbc,
                "competence",
                "select id, name_%s as name, voided_at is not null as voided from competence where id in (:ids)");
    }

    /** A sign-in sheet by its competence and the day it was held. */
    @Bean
    RecordNames sessionsByName(JdbcClient jdbc) {
        return RecordNames.selectingInReadersLanguage(
                jdbc,
                "training-session",
                """
                select s.id, c.name_%s || ', ' || s.held_on as name, false as voided
                from training_session s join competence c on c.id = s.competence_id where s.id in (:ids)""");
    }
}
