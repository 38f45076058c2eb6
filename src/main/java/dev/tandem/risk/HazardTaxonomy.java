package dev.tandem.risk;

import static dev.tandem.shared.Role.HSE_SPECIALIST;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.history.ReadRule;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hazard categories risks are filed under, seeded with the usual ones; the owner company's safety department adds,
 * renames and voids them. Everyone signed in reads them.
 */
@Service
@Transactional
public class HazardTaxonomy {

    private final HazardCategories categories;
    private final AuditedRecords<HazardCategory> records;
    private final JdbcClient jdbc;

    HazardTaxonomy(HazardCategories categories, History history, JdbcClient jdbc) {
        this.categories = categories;
        this.records = history.auditing(categories, ReadRule.everyone());
        this.jdbc = jdbc;
    }

    /** The categories in use, by code. */
    @Transactional(readOnly = true)
    public List<HazardCategory> current() {
        return categories.findAll().stream()
                .filter(category -> !category.isVoided())
                .sorted(Comparator.comparing(HazardCategory::code))
                .toList();
    }

    @Transactional(readOnly = true)
    public HazardCategory category(UUID id) {
        return categories.findById(id).orElseThrow(() -> new NotFoundException("HazardCategory", id));
    }

    /** A category in use (not voided), for a risk to be filed under. */
    @Transactional(readOnly = true)
    public Optional<HazardCategory> currentCategory(UUID id) {
        return id == null ? Optional.empty() : categories.findById(id).filter(category -> !category.isVoided());
    }

    public static boolean canConfigure(Viewer viewer) {
        return viewer.hasOwnerRole(HSE_SPECIALIST);
    }

    /** Adds a category; a repeated request with the same id returns the stored one. */
    public Created<HazardCategory> define(UUID id, DefineHazardCategory command, Viewer viewer) {
        requireConfigurer(viewer);
        return records.create(
                id,
                newId -> {
                    requireFreeCode(command.code(), newId);
                    return HazardCategory.defined(newId, command);
                },
                viewer);
    }

    public HazardCategory rename(UUID id, Precondition precondition, DefineHazardCategory command, Viewer viewer) {
        requireConfigurer(viewer);
        requireFreeCode(command.code(), id);
        return records.change(category(id), precondition, category -> category.apply(command), viewer);
    }

    public HazardCategory voidCategory(UUID id, String reason, Viewer viewer) {
        requireConfigurer(viewer);
        return records.voidRecord(category(id), reason, viewer);
    }

    private void requireFreeCode(String code, UUID except) {
        boolean taken = jdbc.sql("select count(*) from hazard_category where lower(code) = lower(:code) and id <> :id")
                        .param("code", code.strip())
                        .param("id", except)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw new InvalidRequestException("code", "rule.codeTaken");
        }
    }

    private static void requireConfigurer(Viewer viewer) {
        if (!canConfigure(viewer)) {
            throw new org.springframework.security.access.AccessDeniedException("configuring hazard categories");
        }
    }
}
