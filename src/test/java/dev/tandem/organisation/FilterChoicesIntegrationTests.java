package dev.tandem.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A filter's choices read in one statement are those the three lists give one by one, in the viewer's scope. */
@TandemIntegrationTest
class FilterChoicesIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    FilterChoices choices;

    @Autowired
    OrganisationQueries queries;

    @Autowired
    PlantStructure plant;

    @Test
    void theChoicesAreTheOrganisationsTheViewerSeesAndEveryCurrentSiteWithItsCurrentAreas() {
        var logins = new Logins(context);
        var admin = logins.viewer("admin");
        var code = "FC" + UUID.randomUUID().toString().substring(0, 6);
        var bare = plant.createSite(null, DefineSite.named(code, "Bare site " + code, "Europe/Moscow", null), admin);
        var kept = plant.createArea(null, new DefineArea(bare.id(), code + "K", "Kept area", null, null), admin);
        var voided = plant.createArea(null, new DefineArea(bare.id(), code + "V", "Voided area", null, null), admin);
        plant.voidArea(voided.id(), "test over", admin);

        for (var username : new String[] {"hse", "contractor1"}) {
            var viewer = logins.viewer(username);
            var read = choices.of(viewer);
            assertThat(read.organisations()).isEqualTo(queries.organisationOptions(viewer));
            assertThat(read.sites()).isEqualTo(queries.siteOptions());
            assertThat(read.places()).isEqualTo(queries.places());
        }
        assertThat(choices.of(logins.viewer("contractor1")).organisations())
                .extracting(OrganisationQueries.Option::id)
                .containsExactly(logins.viewer("contractor1").organisationId());
        var hse = choices.of(logins.viewer("hse"));
        assertThat(hse.organisations().get(0).id())
                .isEqualTo(logins.viewer("hse").organisationId());
        assertThat(hse.places())
                .filteredOn(place -> place.siteId().equals(bare.id()))
                .singleElement()
                .satisfies(place -> assertThat(place.areas())
                        .extracting(OrganisationQueries.Option::id)
                        .containsExactly(kept.id()));
    }
}
