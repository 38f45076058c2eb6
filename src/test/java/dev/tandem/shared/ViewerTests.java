package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class ViewerTests {

    private final UUID ownOrganisation = UUID.randomUUID();
    private final UUID otherOrganisation = UUID.randomUUID();

    @Test
    void aContractorSeesOnlyItsOwnOrganisation() {
        var contractor = viewer(true, Role.CONTRACTOR_SUPERVISOR);
        assertThat(contractor.scopeOrganisation()).isEqualTo(ownOrganisation);
        assertThat(contractor.canSee(ownOrganisation)).isTrue();
        assertThat(contractor.canSee(otherOrganisation)).isFalse();
        assertThatThrownBy(() -> contractor.requireVisible(otherOrganisation, "Person", "x"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theOwnerCompanySeesEveryOrganisation() {
        var owner = viewer(false, Role.HSE_SPECIALIST);
        assertThat(owner.scopeOrganisation()).isNull();
        assertThat(owner.canSee(otherOrganisation)).isTrue();
    }

    @Test
    void aMissingRoleIsForbidden() {
        var worker = viewer(false, Role.WORKER);
        assertThatThrownBy(() -> worker.requireRole(Role.ADMIN, Role.HSE_SPECIALIST))
                .isInstanceOf(AccessDeniedException.class);
        worker.requireRole(Role.WORKER);
    }

    @Test
    void aContractorsRoleDoesNotActForThePlant() {
        var contractorsHse = viewer(true, Role.HSE_SPECIALIST);
        var ownersHse = viewer(false, Role.HSE_SPECIALIST);
        assertThat(contractorsHse.hasOwnerRole(Role.HSE_SPECIALIST)).isFalse();
        assertThat(ownersHse.hasOwnerRole(Role.HSE_SPECIALIST)).isTrue();
        assertThat(ownersHse.hasOwnerRole(Role.ADMIN)).isFalse();
        assertThatThrownBy(() -> contractorsHse.requireOwnerRole(Role.HSE_SPECIALIST))
                .isInstanceOf(AccessDeniedException.class);
        ownersHse.requireOwnerRole(Role.ADMIN, Role.HSE_SPECIALIST);
    }

    private Viewer viewer(boolean contractor, Role role) {
        return new Viewer(
                UUID.randomUUID(), "u", "U", UUID.randomUUID(), ownOrganisation, contractor, null, Set.of(role));
    }
}
