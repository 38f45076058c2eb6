package dev.tandem.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded database start into a short explanation instead of a stack trace. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailable cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
