package com.printdesk.slicing.prusa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.printdesk.catalog.SlicerProfiles;
import com.printdesk.slicing.SliceSettings;
import com.printdesk.slicing.SupportStyle;
import com.printdesk.support.ExternalTools;

/**
 * PrusaSlicer 2.5.0 itself on corpus models, with the shipped MK3S profile, through the runner's
 * plate layout and command line. {@code SLICE_TIMES.tsv} records what PrusaSlicer made of each file
 * (its settings are not recorded), so grams must agree within 25 % and print time within a factor of 2.
 */
class RealPrusaSlicerTests {

    static final Path PRUSA_SLICER = Path.of("/usr/bin/prusa-slicer");
    static final BigDecimal PLA = new BigDecimal("1.24");
    static final SlicerCommand.Bed MK3S = new SlicerCommand.Bed(250, 210, 220);
    static final SliceSettings STANDARD = new SliceSettings(1, new BigDecimal("0.20"), 15, false, SupportStyle.GRID,
            0, 1);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xyz_calibration_cube.stl", "m3x10_screw.stl"})
    void slicesACorpusModelLikeSliceTimesSays(String model) throws Exception {
        PrusaSlicer.Sliced sliced = slice(STANDARD, TestMeshes.model(model));

        String[] expected = sliceTimes().get(model);
        double grams = sliced.figures().filamentCm3().multiply(PLA).doubleValue();
        double expectedGrams = Double.parseDouble(expected[3]);
        assertThat(grams).isCloseTo(expectedGrams, within(expectedGrams * 0.25));
        long seconds = sliced.figures().printTime().toSeconds();
        long expectedSeconds = GcodeMetadata.duration(expected[4]).orElseThrow().toSeconds();
        assertThat(seconds).isBetween(expectedSeconds / 2, expectedSeconds * 2);
        assertThat(sliced.figures().filamentMm()).isPositive();
        assertThat(sliced.attempts()).isEqualTo(1);
    }

    @Test
    void objectsOfOneFileAreSlicedTogetherOnOnePlate() throws Exception {
        Path cube = TestMeshes.model("xyz_calibration_cube.stl");
        // at the cube's own coordinates, as a second object of the same file would often be
        Path block = TestMeshes.box(dir, "block.stl", 30, 10, 5, 0, 0);

        GcodeMetadata.Figures alone = slice(STANDARD, cube).figures();
        GcodeMetadata.Figures together = slice(STANDARD, cube, block).figures();
        GcodeMetadata.Figures blockAlone = slice(STANDARD, block).figures();

        // one print holding both, side by side: the sum of their filament (PrusaSlicer 2.5's own --merge
        // arrange refuses even two small objects, which is why the runner lays the plate out itself)
        assertThat(together.filamentCm3().doubleValue())
                .isCloseTo(alone.filamentCm3().add(blockAlone.filamentCm3()).doubleValue(), within(0.1));
        assertThat(together.printTime()).isGreaterThan(alone.printTime());
    }

    @Test
    void settingsReachTheSlicer() throws Exception {
        Path cube = TestMeshes.model("xyz_calibration_cube.stl");
        SliceSettings dense = new SliceSettings(1, new BigDecimal("0.30"), 60, true, SupportStyle.SNUG, 40, 1);

        PrusaSlicer.Sliced sliced = slice(dense, cube);

        String gcode = Files.readString(sliced.gcode());
        assertThat(gcode).contains("; layer_height = 0.3\n", "; fill_density = 60%\n", "; support_material = 1\n",
                "; support_material_style = snug\n", "; support_material_threshold = 40\n",
                "; bed_shape = 0x0,250x0,250x210,0x210\n", "; max_print_height = 220\n");
        assertThat(sliced.figures().filamentCm3()).isGreaterThan(slice(STANDARD, cube).figures().filamentCm3());
    }

    @Test
    void theVersionIsTheFirstLineOfHelp() {
        ExternalTools.require("PrusaSlicer", PRUSA_SLICER);

        assertThat(new SlicerBinary(PRUSA_SLICER.toString()).version()).startsWith("PrusaSlicer-2.5.0");
        assertThat(new SlicerBinary("prusa-slicer").locate()).contains(PRUSA_SLICER);
        assertThat(new SlicerBinary("/nowhere/prusa-slicer").locate()).isEmpty();
    }

    private PrusaSlicer.Sliced slice(SliceSettings settings, Path... models) throws Exception {
        Path slicer = ExternalTools.require("PrusaSlicer", PRUSA_SLICER);
        Path run = Files.createTempDirectory(dir, "run");
        Path profile = run.resolve("printer.ini");
        try (InputStream in = new SlicerProfiles().profile("prusa-mk3s-250x210x220").orElseThrow().getInputStream()) {
            Files.copy(in, profile);
        }
        List<Path> placed = PlateLayout.write(PlateLayout.plan(List.of(models), MK3S), run);
        SlicerCommand command = new SlicerCommand(slicer, run.resolve("data"), profile, MK3S, settings, placed,
                run.resolve("plate.gcode"));
        PrusaSlicer.Outcome outcome = new PrusaSlicer(SlicerLauncher.PROCESS_BUILDER, Duration.ofSeconds(60))
                .slice(command, run.resolve("slicer.log"));
        assertThat(outcome).isInstanceOf(PrusaSlicer.Sliced.class);
        return (PrusaSlicer.Sliced) outcome;
    }

    static Map<String, String[]> sliceTimes() throws IOException {
        try (var lines = Files.lines(TestMeshes.model("SLICE_TIMES.tsv"))) {
            return lines.skip(1).map(line -> line.split("\t", -1)).collect(Collectors.toMap(f -> f[0], f -> f));
        }
    }
}
