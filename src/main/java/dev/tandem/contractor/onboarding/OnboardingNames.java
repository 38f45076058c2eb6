package dev.tandem.contractor.onboarding;

import dev.tandem.history.RecordNames;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The programme's steps by name (their title, else their kind's name in the reader's language), for history panels. */
@Component
class OnboardingNames implements RecordNames {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    OnboardingNames(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public String recordType() {
        return "contractor-onboarding-step";
    }

    @Override
    public Map<UUID, RecordName> named(Collection<UUID> ids, Locale locale) {
        return RecordNames.read(
                jdbc,
                "select id, kind, title, voided_at is not null as voided from contractor_onboarding_step where id in (:ids)",
                ids,
                row -> row.getString("title") != null
                        ? row.getString("title")
                        : messages.getMessage("onboarding.kind." + row.getString("kind"), null, locale));
    }
}
