package dev.tandem.signal.detection;

/**
 * Univariate rules per tag, a safety net beside the multivariate distance: a smoothed level too far from normal, a
 * smoothed spread wider than the normal window ever showed by a margin, or a smoothed rate of change steeper than
 * anything the normal window showed. Each answers as a ratio to its limit, so that 1 means "at the limit" for every
 * rule and every tag alike.
 */
final class TagRules {

    // a tag that stood still in the normal window must still be allowed some movement
    private static final double RATE_FLOOR = 1e-3;
    private static final double SPREAD_FLOOR = 1e-4;

    private final double[] levelLimits;
    private final double[] spreadLimits;
    private final double[] rateLimits;

    private TagRules(double[] levelLimits, double[] spreadLimits, double[] rateLimits) {
        this.levelLimits = levelLimits;
        this.spreadLimits = spreadLimits;
        this.rateLimits = rateLimits;
    }

    /**
     * Limits from the widest smoothed spread and the steepest smoothed rate of each tag in the normal window; the
     * level's limit depends on whether the tag is judged against the machine's load.
     */
    static TagRules fit(double[] widestSpreads, double[] steepestRates, LoadModel load, DetectorSettings settings) {
        double[] levelLimits = new double[widestSpreads.length];
        double[] spreadLimits = new double[widestSpreads.length];
        double[] rateLimits = new double[steepestRates.length];
        for (int i = 0; i < rateLimits.length; i++) {
            levelLimits[i] = load.tied(i) ? settings.loadLevelSigmas() : settings.tagLevelSigmas();
            spreadLimits[i] = settings.spreadMargin() * Math.max(widestSpreads[i], SPREAD_FLOOR);
            rateLimits[i] = settings.tagRateMargin() * Math.max(steepestRates[i], RATE_FLOOR);
        }
        return new TagRules(levelLimits, spreadLimits, rateLimits);
    }

    /** Where the tag is: its level or (when it counts) its spread, whichever is nearer its limit. */
    double positionRatio(SmoothedTags tags, int tag, double levelOffset, boolean spreadCounts) {
        double level = Math.abs(tags.level(tag) - levelOffset) / levelLimits[tag];
        return spreadCounts ? Math.max(level, tags.spread(tag) / spreadLimits[tag]) : level;
    }

    double rateRatio(SmoothedTags tags, int tag) {
        return Math.abs(tags.rate(tag)) / rateLimits[tag];
    }

    void save(StateCodec.Out out) {
        out.numbers(levelLimits).numbers(spreadLimits).numbers(rateLimits);
    }

    static TagRules read(StateCodec.In in, int tagCount) {
        return new TagRules(in.numbers(tagCount), in.numbers(tagCount), in.numbers(tagCount));
    }
}
