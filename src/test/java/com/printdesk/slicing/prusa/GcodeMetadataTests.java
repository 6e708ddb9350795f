package com.printdesk.slicing.prusa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcodeMetadataTests {

    static final String METADATA = """
            M84 ; disable motors
            ; filament used [mm] = 1320.10
            ; filament used [cm3] = 3.18
            ; filament used [g] = 3.94
            ; estimated printing time (normal mode) = 1d 2h 31m 17s
            ; estimated printing time (silent mode) = 1d 2h 40m 20s

            ; prusaslicer_config = begin
            ; layer_height = 0.2
            ; prusaslicer_config = end
            """;

    @TempDir
    Path dir;

    @Test
    void readsPrintTimeAndFilamentFromTheEndOfALargeFile() throws IOException {
        Path gcode = dir.resolve("big.gcode");
        try (Writer out = Files.newBufferedWriter(gcode)) {
            // far more moves than the tail that is read: the figures must come from the end alone
            for (int i = 0; i < 200_000; i++) {
                out.write("G1 X10.000 Y10.000 E0.01234\n");
            }
            out.write(METADATA);
        }
        assertThat(Files.size(gcode)).isGreaterThan(4L * GcodeMetadata.TAIL_BYTES);

        GcodeMetadata.Figures figures = GcodeMetadata.read(gcode).orElseThrow();

        assertThat(figures.filamentMm()).isEqualByComparingTo("1320.10");
        assertThat(figures.filamentCm3()).isEqualByComparingTo(new BigDecimal("3.18"));
        assertThat(figures.printTime()).isEqualTo(Duration.ofDays(1).plusHours(2).plusMinutes(31).plusSeconds(17));
    }

    @Test
    void readsEveryDurationFormPrusaSlicerWrites() {
        assertThat(GcodeMetadata.duration("10s")).contains(Duration.ofSeconds(10));
        assertThat(GcodeMetadata.duration("2m 27s")).contains(Duration.ofSeconds(147));
        assertThat(GcodeMetadata.duration("3h 27m 42s")).contains(Duration.ofSeconds(3 * 3600 + 27 * 60 + 42));
        assertThat(GcodeMetadata.duration("soon")).isEmpty();
    }

    @Test
    void gcodeWithoutTheMetadataBlockHasNoFigures() {
        assertThat(GcodeMetadata.parse("G1 X1\n; filament used [mm] = 12.0\n")).isEmpty();
    }
}
