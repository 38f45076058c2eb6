package dev.tandem.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/**
 * One answer of a question's list, with its score; an answer without a score is "not applicable": the question then
 * does not count towards the inspection's score at all. Scores may be negative.
 */
@NamedInterface("inspections")
public record Choice(
        @NotBlank @Size(max = 64) String value,
        @NotBlank @Size(max = 200) String labelEn,
        @NotBlank @Size(max = 200) String labelRu,
        BigDecimal score) {

    public String label(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? labelRu : labelEn;
    }

    public boolean notApplicable() {
        return score == null;
    }
}
