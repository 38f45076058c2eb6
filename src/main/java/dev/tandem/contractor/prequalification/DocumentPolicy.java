package dev.tandem.contractor.prequalification;

import dev.tandem.history.Recorded;
import dev.tandem.history.VoidableRecord;
import dev.tandem.shared.InvalidRequestException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A contractor type and the documents it requires. A requirement keeps the day it became required, so a change
 * applies to engagements already running only where it says so.
 */
@Table("contractor_policy")
public class DocumentPolicy extends VoidableRecord {

    private String name;

    @MappedCollection(idColumn = "contractor_policy", keyColumn = "contractor_policy_key")
    private List<RequiredDocument> documents;

    @PersistenceCreator
    DocumentPolicy(UUID id, String name, List<RequiredDocument> documents, Long version) {
        super("contractor-policy", id, version);
        this.name = name;
        this.documents = List.copyOf(documents);
    }

    static DocumentPolicy of(UUID id, DefinePolicy command, LocalDate today) {
        var policy = new DocumentPolicy(id, null, List.of(), null);
        policy.apply(command, today);
        return policy;
    }

    /** Takes the name and requirements; one kept by its code keeps the day it became required. */
    void apply(DefinePolicy command, LocalDate today) {
        var codes = new HashSet<String>();
        for (var requirement : command.documents()) {
            if (requirement.code() == null
                    || requirement.code().isBlank()
                    || requirement.name() == null
                    || requirement.name().isBlank()
                    || requirement.warnDays() == null
                    || requirement.minValidityDays() == null) {
                throw new InvalidRequestException("documents", "contractor.rule.requirementIncomplete");
            }
            if (!codes.add(requirement.code().trim().toUpperCase(Locale.ROOT))) {
                throw new InvalidRequestException("documents", "contractor.rule.duplicateCode", requirement.code());
            }
        }
        var before = documents.stream().collect(Collectors.toMap(RequiredDocument::code, Function.identity()));
        this.name = command.name().trim();
        this.documents = command.documents().stream()
                .map(requirement -> {
                    var code = requirement.code().trim().toUpperCase(Locale.ROOT);
                    var since = Optional.ofNullable(before.get(code))
                            .map(RequiredDocument::requiredSince)
                            .orElse(today);
                    return new RequiredDocument(
                            code,
                            requirement.name().trim(),
                            requirement.warnDays(),
                            requirement.minValidityDays(),
                            requirement.appliesToRunning(),
                            since);
                })
                .toList();
    }

    public Optional<RequiredDocument> document(String code) {
        return documents.stream().filter(d -> d.code().equalsIgnoreCase(code)).findFirst();
    }

    public String name() {
        return name;
    }

    public List<RequiredDocument> documents() {
        return documents;
    }

    @Override
    public Map<String, Object> snapshot() {
        var fields = Recorded.fields("name", name);
        fields.putAll(Recorded.numbered(
                "documents",
                documents,
                d -> Recorded.fields(
                        "code", d.code(),
                        "name", d.name(),
                        "warnDays", d.warnDays(),
                        "minValidityDays", d.minValidityDays(),
                        "appliesToRunning", d.appliesToRunning(),
                        "requiredSince", d.requiredSince())));
        return fields;
    }
}
