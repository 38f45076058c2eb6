package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.File;
import org.junit.jupiter.api.Test;

class ChromiumInstalledTests {

    private static final File MISSING = new File("/nonexistent/chromium");
    private static final File EXECUTABLE = new File("/bin/sh");

    @Test
    void browserTestsRunWhenChromiumAndItsDriverAreInstalled() {
        var result = new ChromiumInstalled(EXECUTABLE, EXECUTABLE, true).evaluateExecutionCondition(null);

        assertThat(result.isDisabled()).isFalse();
    }

    @Test
    void browserTestsAreSkippedWithAReasonWhenChromiumIsMissing() {
        var result = new ChromiumInstalled(MISSING, EXECUTABLE, false).evaluateExecutionCondition(null);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason())
                .hasValueSatisfying(reason -> assertThat(reason).contains("BROWSER TESTS SKIPPED"));
    }

    @Test
    void aMissingDriverFailsWhenTheBrowserIsRequired() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new ChromiumInstalled(EXECUTABLE, MISSING, true).evaluateExecutionCondition(null))
                .withMessageContaining("BROWSER TESTS FAILED");
    }
}
