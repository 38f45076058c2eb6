package dev.tandem.contractor.web;

import dev.tandem.contractor.access.AccessCheck;
import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The site access check among the plant's pages: for the owner company's people and contractors' supervisors. */
@Configuration(proxyBeanMethods = false)
class AccessMenu {

    @Bean
    MenuItem accessMenuItem() {
        return new MenuItem(MenuGroup.PLANT, 5, "/access", "nav.access", AccessCheck::canScan);
    }
}
