package dev.tandem.investigation.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * The categories a fishbone starts with; a team may rename, add or drop categories, which are then kept as the names it
 * gave them. A category is stored as one of these codes, read in the reader's language, or as a name.
 */
public enum FishboneCategory {
    PEOPLE,
    MACHINE,
    METHOD,
    MATERIAL,
    MEASUREMENT,
    ENVIRONMENT,
    MANAGEMENT;

    /** The categories of a new fishbone, as codes. */
    public static List<String> defaults() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** Whether the category is one of these codes rather than a name the team gave. */
    public static boolean isCode(String category) {
        return Arrays.stream(values()).anyMatch(code -> code.name().equals(category));
    }
}
