package com.printdesk.slicing.prusa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs PrusaSlicer for one plate and says what came of it. A crash (killed by a signal, an unknown
 * exit code, or no figures in the G-code) is tried again up to {@link #CRASH_RETRIES} times; a
 * timeout, a plate that does not fit (exit 134 "could not fit") and a model PrusaSlicer refuses
 * (exit 1 with its reason) are final, because running again would only do the same.
 */
final class PrusaSlicer {

    static final int CRASH_RETRIES = 2;

    private final SlicerLauncher launcher;
    private final Duration timeout;

    PrusaSlicer(SlicerLauncher launcher, Duration timeout) {
        this.launcher = launcher;
        this.timeout = timeout;
    }

    sealed interface Outcome permits Sliced, Failed {

        int attempts();
    }

    record Sliced(GcodeMetadata.Figures figures, Path gcode, int attempts) implements Outcome {
    }

    /** {@code worthRetrying}: a crash might not happen again, so a later request may queue the slice anew. */
    record Failed(String reason, int attempts, boolean worthRetrying) implements Outcome {
    }

    Outcome slice(SlicerCommand command, Path log) throws IOException, InterruptedException {
        String crash = null;
        for (int attempt = 1; attempt <= 1 + CRASH_RETRIES; attempt++) {
            Files.deleteIfExists(command.output());
            SlicerProcess.Exit exit = SlicerProcess.run(launcher, command.arguments(), log, timeout);
            SlicerLog output = SlicerLog.read(log);
            if (exit.timedOut()) {
                return new Failed("Slicing took longer than " + describe(timeout) + " and was stopped.", attempt,
                        false);
            }
            if (exit.code() == 134 && output.saysDoesNotFit()) {
                return new Failed("The model does not fit on the printer's bed with its objects arranged on one "
                        + "plate (PrusaSlicer: \"Objects could not fit on the bed\").", attempt, false);
            }
            if (exit.code() == 1) {
                return new Failed("PrusaSlicer could not slice this model: " + output.lastError(), attempt, false);
            }
            if (exit.code() == 0) {
                Optional<GcodeMetadata.Figures> figures = Files.exists(command.output())
                        ? GcodeMetadata.read(command.output()) : Optional.empty();
                if (figures.isPresent()) {
                    return new Sliced(figures.get(), command.output(), attempt);
                }
                crash = "it finished without G-code figures";
            }
            else {
                crash = "exit code " + exit.code() + ": " + output.lastError();
            }
        }
        return new Failed("PrusaSlicer crashed " + (1 + CRASH_RETRIES) + " times (" + crash + ").",
                1 + CRASH_RETRIES, true);
    }

    private static String describe(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    /** The slicer's output without its trace and progress lines. */
    record SlicerLog(List<String> lines) {

        static SlicerLog read(Path log) throws IOException {
            if (!Files.exists(log)) {
                return new SlicerLog(List.of());
            }
            // decoded leniently: a model's name in an error message may be in any encoding
            List<String> meaningful = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("[") && !line.contains("=>"))
                    .toList();
            return new SlicerLog(meaningful);
        }

        boolean saysDoesNotFit() {
            return lines.stream().anyMatch(line -> line.contains("could not fit"));
        }

        String lastError() {
            return lines.stream()
                    .filter(line -> !line.startsWith("Run --help") && !line.matches("\\d\\).*"))
                    .reduce((first, second) -> second)
                    .map(line -> line.length() > 300 ? line.substring(0, 300) + "…" : line)
                    .orElse("no message");
        }
    }
}
