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

    /** The contractor's portal: its supervisors' own. */
    @Bean
    MenuItem portalMenuItem() {
        return new MenuItem(
                MenuGroup.REGISTERS,
                11,
                "/contractors/portal",
                "nav.portal",
                viewer -> viewer.contractor() && viewer.has(dev.tandem.shared.Role.CONTRACTOR_SUPERVISOR));
    }

    /** The mentor's workspace: for the owner company's people who read contractors (mentors are its line managers). */
    @Bean
    MenuItem mentoringMenuItem() {
        return new MenuItem(
                MenuGroup.REGISTERS,
                13,
                "/contractors/mine",
                "nav.mentoring",
                viewer -> !viewer.contractor() && ContractorAccess.readsContractors(viewer));
    }
}
