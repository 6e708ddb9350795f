package com.printdesk.slicing.prusa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.printdesk.catalog.Catalog;
import com.printdesk.catalog.PrinterView;
import com.printdesk.catalog.SlicerProfiles;
import com.printdesk.files.Bucket;
import com.printdesk.files.Storage;
import com.printdesk.slicing.prusa.SliceResults.SliceWork;

/**
 * Runs one queued slice on this worker: fetches the normalised STLs, lays them out on the printer's
 * plate, runs PrusaSlicer in a scratch directory that is always removed, and stores the G-code beside
 * the upload in {@code tmp}. Safe to run twice for one slice: a finished slice is left alone.
 */
@Component
class SliceWorker {

    private static final Logger log = LoggerFactory.getLogger(SliceWorker.class);

    private final SliceResults results;
    private final SlicerRuntime runtime;
    private final Catalog catalog;
    private final SlicerProfiles profiles;
    private final Storage storage;
    private final Clock clock;
    /** Unique per application context, even for two in one JVM: "pid@host/slicing-1a2b3c4d". */
    private final String name = ManagementFactory.getRuntimeMXBean().getName() + "/slicing-"
            + UUID.randomUUID().toString().substring(0, 8);

    SliceWorker(SliceResults results, SlicerRuntime runtime, Catalog catalog, SlicerProfiles profiles,
            Storage storage, Clock clock) {
        this.results = results;
        this.runtime = runtime;
        this.catalog = catalog;
        this.profiles = profiles;
        this.storage = storage;
        this.clock = clock;
    }

    void run(long id) throws IOException, InterruptedException {
        Optional<SliceWork> claimed = results.start(id, name, clock.instant());
        if (claimed.isEmpty()) {
            return;
        }
        SliceWork work = claimed.get();
        Optional<PrinterView> printer = catalog.printer(work.printerId());
        Optional<Path> executable = runtime.executable();
        if (printer.isEmpty()) {
            results.fail(id, "The printer of this slice no longer exists.", 0, false, clock.instant());
        }
        else if (executable.isEmpty()) {
            // this worker cannot slice (disabled or not installed): a price is still better than none
            results.complete(id, GeometricEstimate.of(work.facts(), work.settings()), true, null, "estimate", 0,
                    clock.instant());
        }
        else {
            sliceIn(work, printer.get(), executable.get());
        }
    }

    String name() {
        return name;
    }

    /** The last word when the task itself kept failing (storage down, say): the client must not wait forever. */
    void giveUp(long id, Throwable cause) {
        String why = cause == null ? "unknown error" : cause.getClass().getSimpleName();
        results.fail(id, "Slicing failed repeatedly (" + why + "); please try again later.", 0, true,
                clock.instant());
    }

    private void sliceIn(SliceWork work, PrinterView printer, Path executable)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("printdesk-slice-");
        try {
            SlicerCommand.Bed bed = new SlicerCommand.Bed(printer.x(), printer.y(), printer.z());
            List<Path> meshes = download(work.meshKeys(), dir);
            List<Path> placed;
            try {
                placed = PlateLayout.write(PlateLayout.plan(meshes, bed, work.settings().scale().doubleValue()), dir);
            }
            catch (PlateLayout.DoesNotFit ex) {
                results.fail(work.id(), ex.getMessage(), 0, false, clock.instant());
                return;
            }
            SlicerCommand command = new SlicerCommand(executable, dir.resolve("data"), profile(printer, dir), bed,
                    work.settings(), placed, dir.resolve("plate.gcode"));
            record(work, runtime.slicer().slice(command, dir.resolve("slicer.log")));
        }
        finally {
            deleteRecursively(dir);
        }
    }

    private void record(SliceWork work, PrusaSlicer.Outcome outcome) throws IOException {
        if (outcome instanceof PrusaSlicer.Sliced sliced) {
            String key = gcodeKey(work);
            try (InputStream gcode = Files.newInputStream(sliced.gcode())) {
                storage.put(Bucket.TMP, key, gcode, Files.size(sliced.gcode()), "text/x.gcode");
            }
            results.complete(work.id(), sliced.figures(), false, key, runtime.version(), sliced.attempts(),
                    clock.instant());
        }
        else if (outcome instanceof PrusaSlicer.Failed failed) {
            log.info("Slice {} failed after {} attempt(s): {}", work.id(), failed.attempts(), failed.reason());
            results.fail(work.id(), failed.reason(), failed.attempts(), failed.worthRetrying(), clock.instant());
        }
    }

    /** Beside the upload ({@code {userId}/{uuid}/}), so the tmp cleaner removes them together. */
    static String gcodeKey(SliceWork work) {
        String upload = work.tmpFileKey();
        return upload.substring(0, upload.lastIndexOf('/') + 1) + "slice-" + work.id() + ".gcode";
    }

    private List<Path> download(List<String> keys, Path dir) throws IOException {
        List<Path> meshes = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Path mesh = dir.resolve("mesh-" + (i + 1) + ".stl");
            try (InputStream in = storage.get(Bucket.TMP, keys.get(i))) {
                Files.copy(in, mesh);
            }
            meshes.add(mesh);
        }
        return meshes;
    }

    private Path profile(PrinterView printer, Path dir) throws IOException {
        Path profile = dir.resolve("printer.ini");
        var resource = profiles.profile(printer.slicerProfile()).orElseThrow(
                () -> new IOException("No slicer profile " + printer.slicerProfile() + " in this build"));
        try (InputStream in = resource.getInputStream()) {
            Files.copy(in, profile);
        }
        return profile;
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ex) {
            log.warn("Could not remove slicer scratch directory {}", dir, ex);
        }
    }
}
