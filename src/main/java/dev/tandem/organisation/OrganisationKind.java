package dev.tandem.organisation;

/** The plant's own company, or a contractor working for it. */
public enum OrganisationKind {
    OWNER,
    CONTRACTOR
}
