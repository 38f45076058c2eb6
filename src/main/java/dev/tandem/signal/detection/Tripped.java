package dev.tandem.signal.detection;

/**
 * Which of a detector's rules stood furthest past its limit at one sample, and on what kind of tag: the multivariate
 * distance (through a tag's level or its spread, whichever feature weighs most in it) or one tag's own rule.
 */
final class Tripped {

    private final LoadModel load;
    private final SmoothedTags smoothed;
    private String rule;
    private int tag;
    private double ratio;

    Tripped(FeatureModel model, double distanceLimit, double[] features, LoadModel load, SmoothedTags smoothed) {
        this.load = load;
        this.smoothed = smoothed;
        double[] shares = new double[model.width()];
        ratio = model.distance(features, shares) / distanceLimit;
        int heaviest = 0;
        for (int j = 1; j < shares.length; j++) {
            heaviest = shares[j] > shares[heaviest] ? j : heaviest;
        }
        int tagCount = smoothed.tagCount();
        rule = heaviest < tagCount ? "distance through a level" : "distance through a spread";
        tag = heaviest % tagCount;
    }

    /** Takes tag {@code tag}'s rule when it stands further past its limit than any so far. */
    void consider(String rule, int tag, double ratio) {
        if (ratio > this.ratio) {
            this.rule = rule;
            this.tag = tag;
            this.ratio = ratio;
        }
    }

    @Override
    public String toString() {
        String kind = load.tied(tag)
                ? "a tag tied to the load"
                : smoothed.wanders(tag) ? "a wandering tag" : "a tag of its own";
        return rule + ", " + kind;
    }
}
