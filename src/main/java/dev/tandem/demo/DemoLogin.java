package dev.tandem.demo;

import dev.tandem.shared.Role;

/** The demo's sign-ins, one per role a visitor wants to try, in the order they are printed. */
enum DemoLogin {
    ADMIN("admin", Role.ADMIN),
    DIRECTOR("director", Role.DIRECTOR),
    HSE("hse", Role.HSE_SPECIALIST),
    MANAGER("manager", Role.LINE_MANAGER),
    WORKER("worker", Role.WORKER),
    CONTRACTOR1("contractor1", Role.CONTRACTOR_SUPERVISOR),
    CONTRACTOR2("contractor2", Role.CONTRACTOR_SUPERVISOR),
    CONTRACTOR1_WORKER("contractor1.worker", Role.WORKER);

    private final String username;
    private final Role role;

    DemoLogin(String username, Role role) {
        this.username = username;
        this.role = role;
    }

    String username() {
        return username;
    }

    Role role() {
        return role;
    }
}
