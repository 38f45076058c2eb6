package dev.tandem.training.web;

import dev.tandem.shared.web.MenuItem;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import dev.tandem.training.access.TrainingAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Training in the menu: the matrix for those who read others' training, everyone's own training for everyone. */
@Configuration(proxyBeanMethods = false)
class TrainingMenu {

    @Bean
    MenuItem competenceMatrixMenuItem() {
        return new MenuItem(MenuGroup.REGISTERS, 60, "/training", "nav.training", TrainingAccess::readsOthers);
    }

    @Bean
    MenuItem myTrainingMenuItem() {
        return MenuItem.forEveryone(MenuGroup.REGISTERS, 61, "/training/me", "nav.myTraining");
    }
}
