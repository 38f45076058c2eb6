package dev.tandem.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.action.CorrectiveAction.Origin;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules an action keeps by itself: its steps and four eyes (overdue and on time: ActionTimelinessIntegrationTests). */
class CorrectiveActionTests {

    static final LocalDate DUE = LocalDate.of(2025, 3, 14);

    final UUID owner = UUID.randomUUID();
    final CorrectiveAction action = CorrectiveAction.raised(
            UUID.randomUUID(),
            new RaiseAction(null, " Fit the guard ", "", SourceType.OTHER, null, null, owner, null, DUE, null),
            new Origin(null, null, UUID.randomUUID(), UUID.randomUUID()),
            Instant.parse("2025-03-01T08:00:00Z"));

    @Test
    void aNewActionIsOpenWithMediumPriorityAndATrimmedTitle() {
        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(action.priority()).isEqualTo(ActionPriority.MEDIUM);
        assertThat(action.title()).isEqualTo("Fit the guard");
        assertThat(action.description()).isNull();
    }

    @Test
    void stepsComeInTheirOrderAndCompletingNeedsANote() {
        assertThatThrownBy(() -> action.complete("Done", Instant.now()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field())
                        .isEqualTo("status"));
        action.start(Instant.now());
        assertThatThrownBy(() -> action.start(Instant.now())).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> action.complete("  ", Instant.now()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field())
                        .isEqualTo("note"));
        assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void theOwnerNeverVerifiesTheirOwnActionAndAFailedVerificationSendsItBack() {
        action.start(Instant.now());
        action.complete("Guard fitted", Instant.now());
        assertThatThrownBy(() -> action.verify(owner, Instant.now()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("verifiedBy");
                    assertThat(e.messageCode()).isEqualTo("rule.verifierIsOwner");
                });
        assertThatThrownBy(() -> action.reopen(" ", Instant.now())).isInstanceOf(InvalidRequestException.class);
        assertThat(action.status()).isEqualTo(ActionStatus.DONE);

        action.reopen("Bolts missing", Instant.now());
        assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(action.doneAt()).isNull();
        assertThat(action.verificationNote()).isEqualTo("Bolts missing");

        action.complete("Bolted", Instant.now());
        var verifier = UUID.randomUUID();
        action.verify(verifier, Instant.now());
        assertThat(action.status()).isEqualTo(ActionStatus.VERIFIED);
        assertThat(action.verifiedBy()).isEqualTo(verifier);
    }

    @Test
    void aVoidedActionIsNotMovedOn() {
        action.voidBecause("Raised twice", Viewer.system(), Instant.now());
        assertThatThrownBy(() -> action.start(Instant.now()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field())
                        .isEqualTo("record"));
    }
}
