package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.shared.NotFoundException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person added again under a stored id, through the register as the demo's generator adds them (the API's and the
 * page's replays are tried with the other creates): the keepers of the person's organisation's people
 * get the stored person back, a role that keeps nobody's people is refused, another contractor is told nothing, and
 * only the first adding writes.
 */
@TandemIntegrationTest
class IdempotentCreatePersonIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationRegister register;

    @Test
    void aPersonAddedAgainIsTheStoredOneToTheKeepersOfItsPeopleOnly() {
        var fixture = new IdempotentCreateFixture(mvc, context, jdbc);
        var logins = fixture.logins;
        var id = UUID.randomUUID();
        var marker = "Fitter " + UUID.randomUUID().toString().substring(0, 8);
        var own = logins.viewer("contractor1").organisationId();
        var added = register.addPerson(id, RegisterPerson.named(own, marker, "Fitter"), logins.viewer("contractor1"))
                .record();
        assertThat(added.id()).isEqualTo(id);
        var written = fixture.writtenFor(id);

        for (var keeper : new String[] {"contractor1", "hse", "admin"}) {
            var again = register.addPerson(id, RegisterPerson.named(own, marker, "Fitter"), logins.viewer(keeper))
                    .record();
            assertThat(again.id()).as(keeper).isEqualTo(id);
            assertThat(again.version()).as(keeper).isEqualTo(added.version());
        }
        for (var reader : new String[] {"director", "manager"}) {
            var viewer = logins.viewer(reader);
            assertThatThrownBy(() -> register.addPerson(id, RegisterPerson.named(own, marker, "Fitter"), viewer)
                            .record())
                    .as(reader)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> register.addPerson(
                                    UUID.randomUUID(), RegisterPerson.named(own, marker + " new", "Fitter"), viewer)
                            .record())
                    .as("as adding a new person is refused")
                    .isInstanceOf(AccessDeniedException.class);
        }
        var other = logins.viewer("contractor2");
        assertThatThrownBy(() -> register.addPerson(
                                id, RegisterPerson.named(other.organisationId(), marker, "Fitter"), other)
                        .record())
                .isInstanceOf(NotFoundException.class)
                .hasMessageNotContaining(marker);
        assertThat(fixture.writtenFor(id)).isEqualTo(written);
    }
}
