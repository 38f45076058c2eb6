package dev.tandem.kpi.web;

import dev.tandem.kpi.HoursRegister;
import dev.tandem.kpi.screens.ShopFloorScreens;
import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard, hours worked and shop-floor screens in the menu, each for those its page admits. */
@Configuration(proxyBeanMethods = false)
class KpiMenu {

    @Bean
    MenuItem dashboardMenuItem() {
        return MenuItem.forEveryone(MenuGroup.MAIN, 10, "/dashboard", "nav.dashboard");
    }

    @Bean
    MenuItem hoursMenuItem() {
        return new MenuItem(MenuGroup.REGISTERS, 30, "/hours", "nav.hours", HoursRegister::canKeep);
    }

    @Bean
    MenuItem screensMenuItem() {
        return new MenuItem(MenuGroup.PLANT, 50, "/screens", "nav.screens", ShopFloorScreens::canKeep);
    }
}
