package dev.tandem.event.web;

import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reporting and the event register in the menu: everyone signed in reports and reads (within their scope). */
@Configuration(proxyBeanMethods = false)
class EventMenu {

    @Bean
    MenuItem reportMenuItem() {
        return MenuItem.forEveryone(MenuGroup.MAIN, 20, "/report", "nav.report");
    }

    @Bean
    MenuItem eventsMenuItem() {
        return MenuItem.forEveryone(MenuGroup.MAIN, 30, "/events", "nav.events");
    }
}
