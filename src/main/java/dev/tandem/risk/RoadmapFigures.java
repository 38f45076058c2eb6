package dev.tandem.risk;

import java.util.UUID;

/**
 * How far the roadmap of one of a site's top risks has got: its milestones are the actions raised on the risk (not
 * voided). A milestone is late when it is not verified by the end of its due date in the enterprise's time zone:
 * verified on a later day, or not verified and due before today. The roadmap is late when any milestone is.
 *
 * @param rank the risk's place among the site's top risks, from 1
 * @param milestones how many milestones the roadmap has
 * @param verified how many of them are verified
 * @param lateMilestones how many of them are late
 */
public record RoadmapFigures(UUID siteId, UUID riskId, int rank, int milestones, int verified, int lateMilestones) {

    /** Whether any milestone is late. */
    public boolean late() {
        return lateMilestones > 0;
    }

    /** The share of milestones verified, from 0 to 1; 0 for a roadmap without milestones. */
    public double progress() {
        return milestones == 0 ? 0 : (double) verified / milestones;
    }

    /** The share as a whole percentage, rounded down, for pages. */
    public int percent() {
        return milestones == 0 ? 0 : verified * 100 / milestones;
    }
}
