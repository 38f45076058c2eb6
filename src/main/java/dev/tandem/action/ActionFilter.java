package dev.tandem.action;

import java.util.UUID;

/**
 * Which actions a list or a count selects; what is left out (null) does not filter.
 *
 * @param q a search in the title
 * @param overdue only those not done and due before today
 * @param dueSoon only those not done and due within the reminder window
 * @param organisationId the responsible organisation
 * @param category what the source was, such as the event type {@code VIOLATION}
 * @param mine only those the viewer owns
 * @param myOrganisation only those the viewer's organisation is responsible for
 * @param voided voided ones as well
 */
public record ActionFilter(
        String q,
        ActionStatus status,
        Boolean overdue,
        Boolean dueSoon,
        UUID siteId,
        UUID organisationId,
        SourceType sourceType,
        UUID sourceId,
        String category,
        UUID ownerPersonId,
        Boolean mine,
        Boolean myOrganisation,
        ActionPriority priority,
        Boolean voided) {

    /** The category of actions raised from violations: they tell how far violations are eliminated. */
    public static final String VIOLATION = "VIOLATION";

    public static ActionFilter none() {
        return new ActionFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The viewer's own actions. */
    public static ActionFilter ofViewer() {
        return none().withMine();
    }

    /** The actions the viewer's organisation is responsible for. */
    public static ActionFilter ofViewersOrganisation() {
        return new ActionFilter(null, null, null, null, null, null, null, null, null, null, null, true, null, null);
    }

    public static ActionFilter ofSource(UUID sourceId) {
        return new ActionFilter(null, null, null, null, null, null, null, sourceId, null, null, null, null, null, null);
    }

    /**
     * One responsible organisation's actions: raised from one kind of source and in one status when given, overdue
     * ones only when asked.
     */
    public static ActionFilter ofOrganisation(
            UUID organisationId, SourceType sourceType, ActionStatus status, boolean overdueOnly) {
        return new ActionFilter(
                null,
                status,
                overdueOnly ? true : null,
                null,
                null,
                organisationId,
                sourceType,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The actions raised from violations, on one site or of one organisation when given. */
    public static ActionFilter violations(UUID siteId, UUID organisationId) {
        return new ActionFilter(
                null, null, null, null, siteId, organisationId, null, null, VIOLATION, null, null, null, null, null);
    }

    /** The same selection, on one site. */
    public ActionFilter onSite(UUID site) {
        return new ActionFilter(
                q,
                status,
                overdue,
                dueSoon,
                site,
                organisationId,
                sourceType,
                sourceId,
                category,
                ownerPersonId,
                mine,
                myOrganisation,
                priority,
                voided);
    }

    /** Every action, voided ones included. */
    static ActionFilter everything() {
        return new ActionFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, true);
    }

    /** The same selection, of the viewer's own actions only. */
    public ActionFilter withMine() {
        return new ActionFilter(
                q,
                status,
                overdue,
                dueSoon,
                siteId,
                organisationId,
                sourceType,
                sourceId,
                category,
                ownerPersonId,
                true,
                myOrganisation,
                priority,
                voided);
    }
}
