package dev.tandem.signal.web;

import dev.tandem.history.Voiding;
import dev.tandem.signal.tags.Tag;
import java.util.UUID;

/** A tag as the API sends it. */
record TagView(
        UUID id,
        UUID equipmentId,
        String key,
        String name,
        String unit,
        Double expectedMin,
        Double expectedMax,
        Voiding voided) {

    static TagView of(Tag tag) {
        return new TagView(
                tag.id(),
                tag.equipmentId(),
                tag.key(),
                tag.name(),
                tag.unit(),
                tag.expectedMin(),
                tag.expectedMax(),
                tag.voided().orElse(null));
    }
}
