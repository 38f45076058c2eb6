package dev.tandem.training.listing;

import java.util.UUID;

/**
 * Whose row the competence matrix shows; what is left out (null) does not filter.
 *
 * @param q a search in people's names
 * @param position people of this position, whatever its case and spaces
 * @param contractors only contractors' people (true) or only the owner company's (false)
 * @param areaId work in this area: its requirements count for everyone shown, as they do in clearance for it
 */
public record MatrixFilter(
        String q, UUID organisationId, UUID siteId, String position, Boolean contractors, UUID areaId) {

    public static MatrixFilter none() {
        return new MatrixFilter(null, null, null, null, null, null);
    }
}
