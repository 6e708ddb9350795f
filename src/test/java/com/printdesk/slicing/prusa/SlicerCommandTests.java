package com.printdesk.slicing.prusa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.printdesk.slicing.SliceSettings;
import com.printdesk.slicing.SupportStyle;

class SlicerCommandTests {

    static final SliceSettings SETTINGS = new SliceSettings(1, new BigDecimal("0.15"), 35, true, SupportStyle.SNUG,
            50, 2);

    @Test
    void loadsTheProfileThenPassesBedHeightAndTheClientsSettings() {
        List<String> args = command(List.of(Path.of("/w/object-1.stl"))).arguments();

        assertThat(String.join(" ", args)).isEqualTo("/usr/bin/prusa-slicer --datadir /w/data --export-gcode"
                + " --load /w/printer.ini --bed-shape 0x0,250x0,250x210,0x210 --max-print-height 220"
                + " --layer-height 0.15 --fill-density 35% --support-material --support-material-style snug"
                + " --support-material-threshold 50 --dont-arrange --output /w/plate.gcode /w/object-1.stl");
    }

    @Test
    void mergesSeveralObjectsIntoOnePlateAsPlaced() {
        List<String> args = command(List.of(Path.of("/w/object-1.stl"), Path.of("/w/object-2.stl"))).arguments();

        assertThat(args).contains("--merge", "--dont-arrange").endsWith("/w/object-1.stl", "/w/object-2.stl");
        assertThat(args).doesNotContain("--arrange");
    }

    @Test
    void supportsOffIsSaidExplicitly() {
        SliceSettings off = new SliceSettings(1, new BigDecimal("0.2"), 15, false, SupportStyle.GRID, 0, 1);
        SlicerCommand command = new SlicerCommand(Path.of("/usr/bin/prusa-slicer"), Path.of("/w/data"),
                Path.of("/w/printer.ini"), new SlicerCommand.Bed(250, 210, 220), off, List.of(Path.of("/w/a.stl")),
                Path.of("/w/plate.gcode"));

        assertThat(command.arguments()).contains("--no-support-material", "grid", "0.20")
                .doesNotContain("--support-material");
    }

    private static SlicerCommand command(List<Path> meshes) {
        return new SlicerCommand(Path.of("/usr/bin/prusa-slicer"), Path.of("/w/data"), Path.of("/w/printer.ini"),
                new SlicerCommand.Bed(250, 210, 220), SETTINGS, meshes, Path.of("/w/plate.gcode"));
    }
}
