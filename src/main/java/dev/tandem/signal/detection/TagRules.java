package dev.tandem.signal.detection;

/**
 * Univariate rules per tag, a safety net beside the multivariate distance: a smoothed level too far from normal,
 * or a smoothed rate of change steeper than anything the normal window showed. Each answers as a ratio to its
 * limit, so that 1 means "at the limit" for every rule and every tag alike.
 */
final class TagRules {

    // a tag that stood still in the normal window must still be allowed some movement
    private static final double RATE_FLOOR = 1e-3;

    private final double levelLimit;
    private final double[] rateLimits;

    private TagRules(double levelLimit, double[] rateLimits) {
        this.levelLimit = levelLimit;
        this.rateLimits = rateLimits;
    }

    /** Rate limits are the steepest smoothed rate of each tag in the normal window, times the margin. */
    static TagRules fit(double[] steepestRates, double levelSigmas, double rateMargin) {
        double[] rateLimits = new double[steepestRates.length];
        for (int i = 0; i < rateLimits.length; i++) {
            rateLimits[i] = rateMargin * Math.max(steepestRates[i], RATE_FLOOR);
        }
        return new TagRules(levelSigmas, rateLimits);
    }

    double ratio(SmoothedTags tags, int tag) {
        double level = Math.abs(tags.level(tag)) / levelLimit;
        double rate = Math.abs(tags.rate(tag)) / rateLimits[tag];
        return Math.max(level, rate);
    }
}
