package dev.tandem.identity.web;

import dev.tandem.shared.Role;
import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** User accounts in the menu, for administrators. */
@Configuration(proxyBeanMethods = false)
class IdentityMenu {

    @Bean
    MenuItem usersMenuItem() {
        return new MenuItem(MenuGroup.ADMINISTRATION, 10, "/users", "nav.users", viewer -> viewer.has(Role.ADMIN));
    }
}
