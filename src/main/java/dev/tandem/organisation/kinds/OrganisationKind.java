package dev.tandem.organisation.kinds;

/** The plant's own company, or a contractor working for it. */
public enum OrganisationKind {
    OWNER,
    CONTRACTOR
}
