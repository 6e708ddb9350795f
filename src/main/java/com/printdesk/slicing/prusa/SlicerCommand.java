package com.printdesk.slicing.prusa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.printdesk.slicing.SliceSettings;

/**
 * The PrusaSlicer 2.5.0 command line for one plate. The printer's complete profile is loaded first;
 * bed shape and height follow explicitly (the CLI default bed is 200 × 200 mm) and then the client's
 * settings. Objects arrive already placed on the plate by {@link PlateLayout}: 2.5.0's own arrange
 * with {@code --merge} reports "could not fit" even for two small cubes, so it is switched off and
 * several objects are merged into one print as placed.
 */
record SlicerCommand(Path executable, Path dataDir, Path profile, Bed bed, SliceSettings settings,
        List<Path> meshes, Path output) {

    /** The printer's build volume in mm. */
    record Bed(int x, int y, int z) {

        String shape() {
            return "0x0," + x + "x0," + x + "x" + y + ",0x" + y;
        }
    }

    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of(executable.toString(),
                // its own data directory: the run neither reads nor writes a user's PrusaSlicer settings
                "--datadir", dataDir.toString(),
                "--export-gcode",
                "--load", profile.toString(),
                "--bed-shape", bed.shape(),
                "--max-print-height", Integer.toString(bed.z()),
                "--layer-height", settings.layerHeight().toPlainString(),
                "--fill-density", settings.infillPercent() + "%",
                settings.supports() ? "--support-material" : "--no-support-material",
                "--support-material-style", settings.supportStyle().cliValue(),
                "--support-material-threshold", Integer.toString(settings.overhangThreshold()),
                "--dont-arrange"));
        if (meshes.size() > 1) {
            args.add("--merge");
        }
        args.add("--output");
        args.add(output.toString());
        meshes.forEach(mesh -> args.add(mesh.toString()));
        return args;
    }
}
