package dev.tandem.notification;

/** Who hears of a record, by their role relative to it rather than by name. */
public enum RecipientRole {
    /** The person the record belongs to: an action's owner. */
    OWNER,
    /** The line manager who owns the record's area. */
    AREA_MANAGER,
    /** The owner company's safety department at the record's site (or serving every site). */
    SITE_HSE,
    /**
     * The person the record's site names as its HSE lead; the site's safety department ({@link #SITE_HSE}) when it
     * names nobody, or nobody who signs in.
     */
    SITE_HSE_LEAD,
    /** The owner company's directors at the record's site. */
    SITE_DIRECTOR,
    /** The supervisors of the contractor responsible for the record. */
    CONTRACTOR_SUPERVISOR,
    /** The enterprise's managing director, as the enterprise settings name them. */
    MANAGING_DIRECTOR,
    /** Those on a meeting's list of attendees, present or not: they hear of its minutes. */
    ATTENDEE
}
