package dev.tandem.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The published versions of templates, kept as they were published: written once, never changed. */
@Component
class TemplateVersions {

    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TemplateVersions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(ChecklistTemplate template, int number, UUID by, Instant at) {
        jdbc.sql(
                        """
                        insert into audit_template_version (template_id, number, title, questions, published_at, published_by)
                        values (:template, :number, :title, cast(:questions as jsonb), :at, :by)""")
                .param("template", template.id())
                .param("number", number)
                .param("title", template.title())
                .param("questions", json.writeValueAsString(template.questions()))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    Optional<TemplateVersion> find(UUID template, int number) {
        return jdbc.sql(
                        """
                        select template_id, number, title, questions::text as questions, published_at, published_by
                        from audit_template_version where template_id = :template and number = :number""")
                .param("template", template)
                .param("number", number)
                .query((rs, row) -> new TemplateVersion(
                        rs.getObject("template_id", UUID.class),
                        rs.getInt("number"),
                        rs.getString("title"),
                        json.readValue(rs.getString("questions"), QUESTIONS),
                        rs.getTimestamp("published_at").toInstant(),
                        rs.getObject("published_by", UUID.class)))
                .optional();
    }
}
