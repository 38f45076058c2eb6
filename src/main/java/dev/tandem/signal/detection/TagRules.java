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

    private final double levelLimit;
    private final double[] spreadLimits;
    private final double[] rateLimits;

    private TagRules(double levelLimit, double[] spreadLimits, double[] rateLimits) {
        this.levelLimit = levelLimit;
        this.spreadLimits = spreadLimits;
        this.rateLimits = rateLimits;
    }

    /** Limits from the widest smoothed spread and the steepest smoothed rate of each tag in the normal window. */
    static TagRules fit(double[] widestSpreads, double[] steepestRates, DetectorSettings settings) {
        double[] spreadLimits = new double[widestSpreads.length];
        double[] rateLimits = new double[steepestRates.length];
        for (int i = 0; i < rateLimits.length; i++) {
            spreadLimits[i] = settings.spreadMargin() * Math.max(widestSpreads[i], SPREAD_FLOOR);
            rateLimits[i] = settings.tagRateMargin() * Math.max(steepestRates[i], RATE_FLOOR);
        }
        return new TagRules(settings.tagLevelSigmas(), spreadLimits, rateLimits);
    }

    /** Where the tag is: its level or its spread, whichever is nearer its limit. */
    double positionRatio(SmoothedTags tags, int tag, double levelOffset) {
        double level = Math.abs(tags.level(tag) - levelOffset) / levelLimit;
        return Math.max(level, tags.spread(tag) / spreadLimits[tag]);
    }

    double rateRatio(SmoothedTags tags, int tag) {
        return Math.abs(tags.rate(tag)) / rateLimits[tag];
    }

    void save(StateCodec.Out out) {
        out.number(levelLimit).numbers(spreadLimits).numbers(rateLimits);
    }

    static TagRules read(StateCodec.In in, int tagCount) {
        return new TagRules(in.number(), in.numbers(tagCount), in.numbers(tagCount));
    }
}
