package dev.tandem.audit.web;

import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Checklists and inspections in the menu: everyone reads the plant's templates and the inspections in their scope. */
@Configuration(proxyBeanMethods = false)
class AuditMenu {

    @Bean
    MenuItem checklistTemplatesMenuItem() {
        return MenuItem.forEveryone(MenuGroup.REGISTERS, 70, "/audit/templates", "nav.checklists");
    }

    @Bean
    MenuItem inspectionsMenuItem() {
        return MenuItem.forEveryone(MenuGroup.REGISTERS, 71, "/audit/inspections", "nav.inspections");
    }
}
