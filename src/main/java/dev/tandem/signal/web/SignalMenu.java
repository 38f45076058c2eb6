package dev.tandem.signal.web;

import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import dev.tandem.signal.ingest.SignalControl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The signals overview in the menu, for the owner company's people who read it. */
@Configuration(proxyBeanMethods = false)
class SignalMenu {

    @Bean
    MenuItem signalsMenuItem(SignalControl control) {
        return new MenuItem(MenuGroup.PLANT, 40, "/signals", "nav.signals", control::canRead);
    }
}
