package dev.tandem.meeting.web;

import dev.tandem.meeting.MeetingAccess;
import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The meetings among the registers, for those who read them: the owner's managers and a contractor's supervisor. */
@Configuration(proxyBeanMethods = false)
class MeetingMenu {

    @Bean
    MenuItem meetingsMenuItem() {
        return new MenuItem(MenuGroup.REGISTERS, 29, "/meetings", "nav.meetings", MeetingAccess::readsMeetings);
    }
}
