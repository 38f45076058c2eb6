package dev.tandem.risk;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A director's choice of a site's top risks, the first ranked first: at most {@link TopRisks#MOST}, each a risk of the
 * site, none twice. A form's ranks left blank are left out; an empty list clears the choice.
 */
public record ChooseTopRisks(@NotNull List<UUID> riskIds) {

    public ChooseTopRisks {
        riskIds = riskIds == null
                ? null
                : riskIds.stream().filter(Objects::nonNull).toList();
    }
}
