package com.printdesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ExternalToolsTests {

    private static final Path MISSING = Path.of("/nonexistent/chromium");

    @Test
    void aMissingToolFailsTheTestWhenToolsAreRequired() {
        assertThatThrownBy(() -> ExternalTools.require("Chromium", MISSING, true))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("REQUIRE_EXTERNAL_TOOLS=true");
    }

    @Test
    void aMissingToolSkipsTheTestOtherwise() {
        assertThatThrownBy(() -> ExternalTools.require("Chromium", MISSING, false))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void aPresentToolIsReturned() {
        Path shell = Path.of("/bin/sh");
        assertThat(ExternalTools.require("sh", shell, true)).isEqualTo(shell);
    }
}
