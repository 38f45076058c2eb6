package dev.tandem.notification.web;

import dev.tandem.notification.Ladders;
import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who hears of what and the escalation ladders in the administration menu, for those who keep them. */
@Configuration(proxyBeanMethods = false)
class LadderMenu {

    @Bean
    MenuItem laddersMenuItem() {
        return new MenuItem(MenuGroup.ADMINISTRATION, 40, "/notifications/ladders", "nav.ladders", Ladders::mayKeep);
    }

    @Bean
    MenuItem notificationRulesMenuItem() {
        return new MenuItem(
                MenuGroup.ADMINISTRATION, 30, "/notifications/rules", "nav.notificationRules", Ladders::mayKeep);
    }
}
