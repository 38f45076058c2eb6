package dev.tandem.contractor.web;

import dev.tandem.contractor.prequalification.DefinePolicy;
import dev.tandem.contractor.prequalification.DocumentPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A contractor type's page form: its name and the rows of its required documents, with blank rows to add more; a row
 * left blank is no requirement.
 */
record PolicyForm(@NotBlank @Size(max = 200) String name, @Size(max = 40) List<@Valid Row> documents) {

    /** Blank rows offered under the type's documents. */
    static final int BLANK_ROWS = 3;

    record Row(
            @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]*") String code,
            @Size(max = 200) String name,
            @Min(0) @Max(365) Integer warnDays,
            @Min(0) @Max(3650) Integer minValidityDays,
            Boolean appliesToRunning) {

        boolean blank() {
            return (code == null || code.isBlank()) && (name == null || name.isBlank());
        }
    }

    static PolicyForm of(DocumentPolicy policy) {
        var rows = new ArrayList<Row>();
        if (policy != null) {
            policy.documents()
                    .forEach(d -> rows.add(
                            new Row(d.code(), d.name(), d.warnDays(), d.minValidityDays(), d.appliesToRunning())));
        }
        return new PolicyForm(policy == null ? "" : policy.name(), rows).withBlankRows();
    }

    PolicyForm withBlankRows() {
        var rows = new ArrayList<>(documents == null ? List.<Row>of() : documents);
        rows.removeIf(Row::blank);
        for (int n = 0; n < BLANK_ROWS; n++) {
            rows.add(new Row("", "", 30, 30, false));
        }
        return new PolicyForm(name, rows);
    }

    DefinePolicy command() {
        var rows = documents == null ? List.<Row>of() : documents;
        return new DefinePolicy(
                name,
                rows.stream()
                        .filter(row -> !row.blank())
                        .map(row -> new DefinePolicy.Requirement(
                                row.code(),
                                row.name(),
                                row.warnDays(),
                                row.minValidityDays(),
                                Boolean.TRUE.equals(row.appliesToRunning())))
                        .toList());
    }
}
