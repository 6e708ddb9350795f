package com.printdesk.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a program from the machine (Chromium, PrusaSlicer) call {@link #require}: with
 * {@code REQUIRE_EXTERNAL_TOOLS=true} a missing program fails the test, otherwise it skips it.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    public static boolean required() {
        return Boolean.parseBoolean(System.getenv("REQUIRE_EXTERNAL_TOOLS"));
    }

    public static Path require(String what, Path executable) {
        return require(what, executable, required());
    }

    static Path require(String what, Path executable, boolean required) {
        boolean present = Files.isExecutable(executable);
        String message = what + " is not installed at " + executable
                + " (apt-get install -y chromium chromium-driver prusa-slicer)";
        if (required) {
            Assertions.assertTrue(present, message + "; REQUIRE_EXTERNAL_TOOLS=true");
        }
        else {
            Assumptions.assumeTrue(present, message + "; skipped because REQUIRE_EXTERNAL_TOOLS is not true");
        }
        return executable;
    }
}
