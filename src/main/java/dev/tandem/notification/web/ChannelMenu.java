package dev.tandem.notification.web;

import dev.tandem.shared.Role;
import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The deliveries and webhook pages in the menu, for the owner company's administrators. */
@Configuration(proxyBeanMethods = false)
class ChannelMenu {

    @Bean
    MenuItem deliveriesMenuItem() {
        return new MenuItem(
                MenuGroup.ADMINISTRATION,
                40,
                "/admin/deliveries",
                "nav.deliveries",
                viewer -> viewer.hasOwnerRole(Role.ADMIN));
    }

    @Bean
    MenuItem webhooksMenuItem() {
        return new MenuItem(
                MenuGroup.ADMINISTRATION,
                41,
                "/admin/webhooks",
                "nav.webhooks",
                viewer -> viewer.hasOwnerRole(Role.ADMIN));
    }
}
