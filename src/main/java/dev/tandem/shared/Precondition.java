package dev.tandem.shared;

import java.util.HashSet;
import java.util.Set;

/**
 * What a change requires of the record's current version: nothing, or one of the versions the person or client
 * saw (HTTP {@code If-Match}, with its strong comparison: a weak tag never matches).
 */
public final class Precondition {

    private static final Precondition NONE = new Precondition(null);

    private final Set<Long> versions;

    private Precondition(Set<Long> versions) {
        this.versions = versions;
    }

    public static Precondition none() {
        return NONE;
    }

    /** The version a form was filled in on; none when the form carried none. */
    public static Precondition version(Long seen) {
        return seen == null ? NONE : new Precondition(Set.of(seen));
    }

    /** An {@code If-Match} header: absent or {@code *} requires nothing, else a list of quoted versions. */
    public static Precondition ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return NONE;
        }
        var versions = new HashSet<Long>();
        for (var tag : header.split(",")) {
            var trimmed = tag.trim();
            if (trimmed.startsWith("W/")) {
                continue;
            }
            if (trimmed.length() < 3 || !trimmed.startsWith("\"") || !trimmed.endsWith("\"")) {
                throw new InvalidRequestException("If-Match", "rule.ifMatch");
            }
            try {
                versions.add(Long.valueOf(trimmed.substring(1, trimmed.length() - 1)));
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("If-Match", "rule.ifMatch");
            }
        }
        return new Precondition(Set.copyOf(versions));
    }

    /** Whether it asks for no version at all: no {@code If-Match}, {@code *}, or a form without a version. */
    public boolean requiresNothing() {
        return versions == null;
    }

    /** Fails with "precondition failed" unless the record's current version is one of those required. */
    public void check(Long current, String what, Object id) {
        if (versions != null && !versions.contains(current)) {
            throw new StaleRecordException(what, id);
        }
    }
}
