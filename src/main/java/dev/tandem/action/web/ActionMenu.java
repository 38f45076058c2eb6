package dev.tandem.action.web;

import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Corrective actions in the menu: everyone reads those within their scope. */
@Configuration(proxyBeanMethods = false)
class ActionMenu {

    @Bean
    MenuItem actionsMenuItem() {
        return MenuItem.forEveryone(MenuGroup.MAIN, 40, "/actions", "nav.actions");
    }
}
