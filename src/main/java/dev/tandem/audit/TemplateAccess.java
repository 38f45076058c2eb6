package dev.tandem.audit;

import static dev.tandem.shared.Role.CONTRACTOR_SUPERVISOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Viewer;

/**
 * Who keeps and reads checklist templates. The owner company's safety department keeps the plant's templates, which
 * everyone reads; a contractor's supervisor keeps their organisation's own, which their organisation and the owner
 * company read and no other contractor does.
 */
public final class TemplateAccess {

    private TemplateAccess() {}

    /** Whether the viewer writes templates at all: the "new template" button. */
    public static boolean keeps(Viewer viewer) {
        return viewer.hasOwnerRole(HSE_SPECIALIST) || supervisesContractor(viewer);
    }

    public static boolean canRead(Viewer viewer, ChecklistTemplate template) {
        return template.organisationId() == null || viewer.canSee(template.organisationId());
    }

    /** Changing, publishing or voiding: the plant's by its safety department, a contractor's by its supervisor. */
    public static boolean canChange(Viewer viewer, ChecklistTemplate template) {
        return template.organisationId() == null
                ? viewer.hasOwnerRole(HSE_SPECIALIST)
                : supervisesContractor(viewer) && template.organisationId().equals(viewer.organisationId());
    }

    /** Limits a list of templates to those the viewer reads. */
    static ListQuery readable(ListQuery query, Viewer viewer, String organisationColumn) {
        if (!viewer.contractor()) {
            return query;
        }
        return query.where("(" + organisationColumn + " is null or " + organisationColumn + " = :readerOrganisation)")
                .param("readerOrganisation", viewer.organisationId());
    }

    private static boolean supervisesContractor(Viewer viewer) {
        return viewer.contractor() && viewer.has(CONTRACTOR_SUPERVISOR);
    }
}
