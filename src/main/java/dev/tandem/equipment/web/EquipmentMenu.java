package dev.tandem.equipment.web;

import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The equipment register in the menu: everyone signed in reads it. */
@Configuration(proxyBeanMethods = false)
class EquipmentMenu {

    @Bean
    MenuItem equipmentMenuItem() {
        return MenuItem.forEveryone(MenuGroup.PLANT, 30, "/equipment", "nav.equipment");
    }
}
