package dev.tandem.shared.web;

import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** The field of a JSON body that could not be read, by its path ({@code injuries[0].injuryClass}), and why. */
record JsonFields(String name, String code) {

    static Optional<JsonFields> at(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch
                    && !mismatch.getPath().isEmpty()) {
                var original = mismatch.getOriginalMessage();
                var code = original != null && original.startsWith("rule.") ? original : "rule.fieldUnreadable";
                return Optional.of(new JsonFields(path(mismatch), code));
            }
        }
        return Optional.empty();
    }

    private static String path(JacksonException failure) {
        var path = failure.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining());
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
