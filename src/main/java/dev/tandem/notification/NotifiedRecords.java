package dev.tandem.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The records notifications are about, read through their owning modules. */
@Component
public class NotifiedRecords {

    private final Map<String, SubjectSource> sources;

    NotifiedRecords(List<SubjectSource> sources) {
        this.sources = sources.stream().collect(Collectors.toMap(SubjectSource::type, Function.identity()));
    }

    /**
     * Whether the record's state makes further notifications of this kind moot: the action is done (or, for one
     * waiting for verification, verified or sent back), the event closed, the record voided or gone. An escalation
     * ladder stops there.
     */
    public boolean settled(String kind, RecordLink record) {
        return subject(record).map(subject -> subject.settledFor(kind)).orElse(true);
    }

    Optional<Subject> subject(RecordLink record) {
        var source = sources.get(record.type());
        return source == null ? Optional.empty() : source.find(record.id());
    }
}
