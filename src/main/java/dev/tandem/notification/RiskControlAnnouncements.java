package dev.tandem.notification;

import dev.tandem.organisation.PlantStructure;
import dev.tandem.risk.ControlQueries;
import dev.tandem.risk.CriticalControlFailed;
import dev.tandem.risk.RiskRegister;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A critical control found not effective, as a notification to those the rules name (by default the area's manager
 * and the site's safety department): CRITICAL, with its escalation ladder, when the risk is fatal.
 */
@Component
class RiskControlAnnouncements {

    private final ControlQueries controls;
    private final RiskRegister risks;
    private final PlantStructure plant;
    private final Notifications notifications;
    private final NotifiedRecords records;
    private final News news;

    RiskControlAnnouncements(
            ControlQueries controls,
            RiskRegister risks,
            PlantStructure plant,
            Notifications notifications,
            NotifiedRecords records,
            News news) {
        this.controls = controls;
        this.risks = risks;
        this.plant = plant;
        this.notifications = notifications;
        this.records = records;
        this.news = news;
    }

    @ApplicationModuleListener
    void on(CriticalControlFailed failed) {
        var kind = failed.fatal() ? NotificationKinds.FATAL_CONTROL_FAILED : NotificationKinds.CONTROL_FAILED;
        var link = RiskControlSubjects.link(failed.riskId(), failed.controlId());
        if (!news.fresh(failed.verifiedAt()) || records.settled(kind.key(), link)) {
            return;
        }
        String control;
        String hazard;
        try {
            control = controls.control(failed.controlId(), Viewer.system()).description();
            hazard = risks.risk(failed.riskId(), Viewer.system()).hazard();
        } catch (NotFoundException gone) {
            return;
        }
        var place = plant.currentArea(failed.areaId())
                .map(area -> area.name())
                .orElseGet(() -> plant.site(failed.siteId()).name());
        notifications.post(new Announcement(
                kind.key(),
                link,
                failed.verificationId().toString(),
                List.of(EventAnnouncements.excerpt(control), EventAnnouncements.excerpt(hazard), place)));
    }
}
