package dev.tandem.shared;

/** What a user may do; a user may hold several. */
public enum Role {
    WORKER,
    CONTRACTOR_SUPERVISOR,
    LINE_MANAGER,
    HSE_SPECIALIST,
    DIRECTOR,
    ADMIN;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
