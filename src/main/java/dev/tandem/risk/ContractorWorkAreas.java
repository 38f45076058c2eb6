package dev.tandem.risk;

import java.util.Set;
import java.util.UUID;

/**
 * The areas a contractor is engaged to work in, as the module that keeps contractors' engagements knows them: declared
 * here so that the register reads them without depending on that module. A contractor with engagements reads the
 * risks of their areas and no others.
 */
public interface ContractorWorkAreas {

    /** The areas of the contractor's planned and running engagements; none when it has none. */
    Set<UUID> areasOf(UUID organisationId);
}
