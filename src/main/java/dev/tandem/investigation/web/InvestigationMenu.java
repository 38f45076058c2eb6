package dev.tandem.investigation.web;

import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The investigations among the registers, for everyone: the owner's managers see them all and the queue, everyone
 * else those whose team they are on.
 */
@Configuration(proxyBeanMethods = false)
class InvestigationMenu {

    @Bean
    MenuItem investigationsMenuItem() {
        return MenuItem.forEveryone(MenuGroup.REGISTERS, 28, "/investigations", "nav.investigations");
    }

    /** The library of lessons learned: for everyone, contractors too, as lessons are meant to be shared. */
    @Bean
    MenuItem lessonsMenuItem() {
        return MenuItem.forEveryone(MenuGroup.REGISTERS, 29, "/lessons", "nav.lessons");
    }
}
