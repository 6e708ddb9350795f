package com.printdesk.slicing.prusa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.printdesk.catalog.SlicerProfiles;
import com.printdesk.slicing.SliceSettings;

/**
 * PrusaSlicer run by hand, without queue, database or storage: the same plate layout, profile and
 * command line as {@link SliceWorker}, timed around the slicer process only. The benchmarks' reference.
 */
final class DirectSlicer {

    static final String PROFILE = "prusa-mk3s-250x210x220";

    private final Path executable;
    private final Path workDir;
    private final Path profile;
    private int runs;

    DirectSlicer(Path executable, Path workDir) throws IOException {
        this.executable = executable;
        this.workDir = workDir;
        this.profile = workDir.resolve("printer.ini");
        try (InputStream in = new SlicerProfiles().profile(PROFILE).orElseThrow().getInputStream()) {
            Files.copy(in, profile);
        }
    }

    /** What came of one run, and the slicer's wall time in seconds (PrusaSlicer's retries included). */
    record Run(PrusaSlicer.Outcome outcome, double seconds) {

        GcodeMetadata.Figures figures() {
            if (outcome instanceof PrusaSlicer.Sliced sliced) {
                return sliced.figures();
            }
            throw new IllegalStateException("Not sliced: " + outcome);
        }
    }

    Run slice(List<Path> meshes, SlicerCommand.Bed bed, SliceSettings settings)
            throws IOException, InterruptedException, PlateLayout.DoesNotFit {
        Path dir = Files.createDirectories(workDir.resolve("run-" + (++runs)));
        try {
            List<Path> placed = PlateLayout.write(PlateLayout.plan(meshes, bed), dir);
            SlicerCommand command = new SlicerCommand(executable, dir.resolve("data"), profile, bed, settings, placed,
                    dir.resolve("plate.gcode"));
            long start = System.nanoTime();
            PrusaSlicer.Outcome outcome = new PrusaSlicer(SlicerLauncher.PROCESS_BUILDER, Duration.ofMinutes(5))
                    .slice(command, dir.resolve("slicer.log"));
            return new Run(outcome, (System.nanoTime() - start) / 1e9);
        }
        finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
