package dev.tandem.organisation.web;

import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.shared.Role;
import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plant's structure, its organisations and people in the menu, each for those its page admits. */
@Configuration(proxyBeanMethods = false)
class OrganisationMenu {

    @Bean
    MenuItem organisationsMenuItem() {
        return MenuItem.forEveryone(MenuGroup.REGISTERS, 10, "/organisations", "nav.organisations");
    }

    @Bean
    MenuItem peopleMenuItem() {
        return new MenuItem(MenuGroup.REGISTERS, 20, "/people", "nav.people", OrganisationRegister::readsDirectory);
    }

    @Bean
    MenuItem sitesMenuItem() {
        return MenuItem.forEveryone(MenuGroup.PLANT, 10, "/sites", "nav.sites");
    }

    @Bean
    MenuItem areasMenuItem() {
        return MenuItem.forEveryone(MenuGroup.PLANT, 20, "/areas", "nav.areas");
    }

    @Bean
    MenuItem enterpriseMenuItem() {
        return new MenuItem(
                MenuGroup.ADMINISTRATION, 20, "/enterprise", "nav.enterprise", viewer -> viewer.has(Role.ADMIN));
    }
}
