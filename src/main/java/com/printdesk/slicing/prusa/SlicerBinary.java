package com.printdesk.slicing.prusa;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds the PrusaSlicer executable ({@code SLICER_BIN}: a path, or a name on {@code PATH}) and its
 * version, the first line of {@code --help} that is not one of its log lines.
 */
final class SlicerBinary {

    private final String bin;
    private volatile String version;

    SlicerBinary(String bin) {
        this.bin = bin;
    }

    /** The executable, if it exists and may be run. */
    Optional<Path> locate() {
        if (bin.contains(File.separator)) {
            Path path = Path.of(bin);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String searchPath = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(searchPath.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, bin))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Such as "PrusaSlicer-2.5.0+UNKNOWN based on Slic3r (with GUI support)"; "unknown" if it cannot tell. */
    String version() {
        String known = version;
        if (known == null) {
            known = readVersion();
            version = known;
        }
        return known;
    }

    private String readVersion() {
        Optional<Path> executable = locate();
        if (executable.isEmpty()) {
            return "unknown";
        }
        try {
            Process help = new ProcessBuilder(executable.get().toString(), "--help").redirectErrorStream(true).start();
            String output = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!help.waitFor(30, TimeUnit.SECONDS)) {
                help.destroyForcibly();
            }
            return output.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("["))
                    .findFirst().orElse("unknown");
        }
        catch (IOException ex) {
            return "unknown";
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
