package dev.tandem.stopwork.web;

import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Stopping work among the daily pages, and the stops among the registers: everyone raises and reads (in scope). */
@Configuration(proxyBeanMethods = false)
class StopWorkMenu {

    @Bean
    MenuItem stopWorkMenuItem() {
        return MenuItem.forEveryone(MenuGroup.MAIN, 25, "/stop", "nav.stopWork");
    }

    @Bean
    MenuItem stopsMenuItem() {
        return MenuItem.forEveryone(MenuGroup.REGISTERS, 27, "/stops", "nav.stops");
    }
}
