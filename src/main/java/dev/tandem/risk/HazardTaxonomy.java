package dev.tandem.risk;

import static dev.tandem.shared.Role.HSE_SPECIALIST;

import dev.tandem.history.Catalogue;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hazard categories risks are filed under, seeded with the usual ones; the owner company's safety department adds,
 * renames and voids them. Everyone signed in reads them.
 */
@Service
@Transactional
public class HazardTaxonomy {

    private static final Catalogue.Kind KIND = new Catalogue.Kind(
            "hazard_category", "HazardCategory", HazardTaxonomy::canConfigure, "configuring hazard categories");

    private final Catalogue<HazardCategory> catalogue;

    HazardTaxonomy(HazardCategories categories, History history) {
        this.catalogue = history.catalogue(categories, KIND);
    }

    /** The categories in use, by code. */
    @Transactional(readOnly = true)
    public List<HazardCategory> current() {
        return catalogue.current();
    }

    @Transactional(readOnly = true)
    public HazardCategory category(UUID id) {
        return catalogue.entry(id);
    }

    /** A category in use (not voided), for a risk to be filed under. */
    @Transactional(readOnly = true)
    public Optional<HazardCategory> currentCategory(UUID id) {
        return catalogue.currentEntry(id);
    }

    public static boolean canConfigure(Viewer viewer) {
        return viewer.hasOwnerRole(HSE_SPECIALIST);
    }

    /** Adds a category; a repeated request with the same id returns the stored one. */
    public Created<HazardCategory> define(UUID id, DefineHazardCategory command, Viewer viewer) {
        return catalogue.define(id, command.code(), newId -> HazardCategory.defined(newId, command), viewer);
    }

    public HazardCategory rename(UUID id, Precondition precondition, DefineHazardCategory command, Viewer viewer) {
        return catalogue.revise(id, precondition, command.code(), category -> category.apply(command), viewer);
    }

    public HazardCategory voidCategory(UUID id, String reason, Viewer viewer) {
        return catalogue.voidEntry(id, reason, viewer);
    }
}
