package dev.tandem.contractor.web;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contractors among the registers: the owner's managers see them all, a contractor's supervisor their own. */
@Configuration(proxyBeanMethods = false)
class ContractorMenu {

    @Bean
    MenuItem contractorsMenuItem() {
        return new MenuItem(
                MenuGroup.REGISTERS, 12, "/contractors", "nav.contractors", ContractorAccess::readsContractors);
    }
}
