package com.printdesk.slicing.prusa;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures PrusaSlicer writes as comments at the END of the G-code (followed only by the
 * config dump of about 11 KB), so only the tail is read, never a file of many megabytes.
 */
final class GcodeMetadata {

    /** Enough for the metadata and the config dump of a complete profile, with room to spare. */
    static final int TAIL_BYTES = 256 * 1024;

    private static final Pattern MM = Pattern.compile("^; filament used \\[mm\\] = ([0-9.]+)", Pattern.MULTILINE);
    private static final Pattern CM3 = Pattern.compile("^; filament used \\[cm3\\] = ([0-9.]+)", Pattern.MULTILINE);
    private static final Pattern TIME = Pattern.compile("^; estimated printing time \\(normal mode\\) = (.+)$",
            Pattern.MULTILINE);
    private static final Pattern TIME_PART = Pattern.compile("(\\d+)([dhms])");

    /** What a slice yields: print time, filament length in mm and volume in cm³. */
    record Figures(Duration printTime, BigDecimal filamentMm, BigDecimal filamentCm3) {
    }

    private GcodeMetadata() {
    }

    /** The figures, or empty when the tail holds no complete metadata block. */
    static Optional<Figures> read(Path gcode) throws IOException {
        return parse(tail(gcode));
    }

    static Optional<Figures> parse(String tail) {
        Matcher mm = MM.matcher(tail);
        Matcher cm3 = CM3.matcher(tail);
        Matcher time = TIME.matcher(tail);
        if (!mm.find() || !cm3.find() || !time.find()) {
            return Optional.empty();
        }
        return duration(time.group(1).strip())
                .map(printTime -> new Figures(printTime, new BigDecimal(mm.group(1)), new BigDecimal(cm3.group(1))));
    }

    /** "1d 2h 3m 4s", "31m 17s", "10s". */
    static Optional<Duration> duration(String text) {
        Matcher part = TIME_PART.matcher(text);
        long seconds = 0;
        boolean any = false;
        while (part.find()) {
            any = true;
            long value = Long.parseLong(part.group(1));
            seconds += switch (part.group(2)) {
                case "d" -> value * 86_400;
                case "h" -> value * 3_600;
                case "m" -> value * 60;
                default -> value;
            };
        }
        return any ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    }

    private static String tail(Path gcode) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(gcode.toFile(), "r")) {
            long length = file.length();
            int size = (int) Math.min(length, TAIL_BYTES);
            byte[] bytes = new byte[size];
            file.seek(length - size);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
