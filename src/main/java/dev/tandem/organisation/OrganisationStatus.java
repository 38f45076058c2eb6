package dev.tandem.organisation;

import java.util.Set;

/** Where a contractor stands with the plant; the owner company is always {@link #ACTIVE}. */
public enum OrganisationStatus {
    PROSPECTIVE,
    ONBOARDING,
    ACTIVE,
    SUSPENDED,
    OFFBOARDED;

    /** The statuses a contractor may move to from this one. */
    public Set<OrganisationStatus> next() {
        return switch (this) {
            case PROSPECTIVE -> Set.of(ONBOARDING, OFFBOARDED);
            case ONBOARDING -> Set.of(ACTIVE, OFFBOARDED);
            case ACTIVE -> Set.of(SUSPENDED, OFFBOARDED);
            case SUSPENDED -> Set.of(ACTIVE, OFFBOARDED);
            case OFFBOARDED -> Set.of(ONBOARDING);
        };
    }
}
