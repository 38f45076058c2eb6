package dev.tandem.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A competence or course of the catalogue.
 *
 * @param code its name in spreadsheets ({@code WORK_AT_HEIGHT}), unique whatever its case
 * @param validityMonths how long a passed course stays valid; none when it never expires
 * @param evidence what proves a passed course
 * @param mentor whether it is part of a mentor's qualification
 */
public record DefineCompetence(
        @NotBlank @Size(max = 40) @Pattern(regexp = "\\s*[A-Za-z][A-Za-z0-9_]*\\s*") String code,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String nameRu,
        @Min(1) @Max(600) Integer validityMonths,
        @NotNull EvidenceKind evidence,
        Boolean mentor) {

    public DefineCompetence {
        // an unticked checkbox sends nothing: not a mentor's competence
        mentor = Boolean.TRUE.equals(mentor);
    }

    public static DefineCompetence of(Competence competence) {
        return new DefineCompetence(
                competence.code(),
                competence.nameEn(),
                competence.nameRu(),
                competence.validityMonths(),
                competence.evidence(),
                competence.mentor());
    }
}
