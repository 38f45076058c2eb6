package dev.tandem.browser;

import java.io.File;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides before a test class starts its Spring server whether Debian's Chromium and chromedriver are there: without
 * them the class is skipped with a loud message, or fails when {@code -Dtandem.browser=required} (as in CI).
 */
final class ChromiumInstalled implements ExecutionCondition {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final File chromium;
    private final File chromedriver;
    private final boolean required;

    ChromiumInstalled() {
        this(CHROMIUM, CHROMEDRIVER, "required".equals(System.getProperty("tandem.browser")));
    }

    ChromiumInstalled(File chromium, File chromedriver, boolean required) {
        this.chromium = chromium;
        this.chromedriver = chromedriver;
        this.required = required;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (chromium.canExecute() && chromedriver.canExecute()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        var message = "BROWSER TESTS SKIPPED: install Debian's chromium and chromium-driver to run them";
        if (required) {
            throw new IllegalStateException(message.replace("SKIPPED", "FAILED") + " (tandem.browser=required)");
        }
        System.err.println("*** " + message + " ***");
        return ConditionEvaluationResult.disabled(message);
    }
}
