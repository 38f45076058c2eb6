package dev.tandem.training.web;

import dev.tandem.training.Standing;
import org.springframework.stereotype.Component;

/** How the pages colour a standing: valid green, expiring amber, expired red, missing grey. */
@Component("standingBadges")
public class StandingBadges {

    public String css(Standing standing) {
        return switch (standing) {
            case VALID -> "text-bg-success";
            case EXPIRING -> "text-bg-warning";
            case EXPIRED -> "text-bg-danger";
            case MISSING -> "text-bg-secondary";
        };
    }
}
