package dev.tandem.risk.web;

import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The risk register among the registers: everyone reads the risks within their reach. */
@Configuration(proxyBeanMethods = false)
class RiskMenu {

    @Bean
    MenuItem risksMenuItem() {
        return MenuItem.forEveryone(MenuGroup.REGISTERS, 25, "/risks", "nav.risks");
    }
}
