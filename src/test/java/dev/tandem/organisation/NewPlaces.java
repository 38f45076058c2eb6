package dev.tandem.organisation;

import dev.tandem.identity.Logins;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Sites and areas of a test's own, entered by the demo's administrator, their codes unique in every run. */
public record NewPlaces(ApplicationContext context) {

    /** A new site on the plant's clock, led by {@code hseLead} (nobody when null). */
    public Site site(String name, UUID hseLead) {
        return plant().createSite(
                        null,
                        DefineSite.named(code("S"), name, "Asia/Yekaterinburg", null)
                                .ledBy(hseLead),
                        admin());
    }

    /** A new area of the site, owned by the line manager {@code owner}. */
    public UUID area(UUID site, String name, UUID owner) {
        return plant().createArea(null, new DefineArea(site, code("A"), name, owner, null), admin())
                .id();
    }

    private PlantStructure plant() {
        return context.getBean(PlantStructure.class);
    }

    private dev.tandem.shared.Viewer admin() {
        return new Logins(context).viewer("admin");
    }

    private static String code(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 7);
    }
}
