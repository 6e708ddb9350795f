package com.printdesk.slicing.prusa;

import static com.printdesk.slicing.prusa.EstimateAccuracyBenchmark.loadAverage;
import static com.printdesk.slicing.prusa.EstimateAccuracyBenchmark.median;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.printdesk.catalog.MaterialAdmin;
import com.printdesk.catalog.MaterialView;
import com.printdesk.catalog.PrinterAdmin;
import com.printdesk.files.Bucket;
import com.printdesk.files.Storage;
import com.printdesk.files.StorageKeys;
import com.printdesk.slicing.BoundingBox;
import com.printdesk.slicing.MeshFacts;
import com.printdesk.slicing.ModelAnalyser;
import com.printdesk.slicing.ModelAnalysis;
import com.printdesk.slicing.ModelObject;
import com.printdesk.slicing.SliceJob;
import com.printdesk.slicing.SliceResult;
import com.printdesk.slicing.SliceSettings;
import com.printdesk.slicing.SliceState;
import com.printdesk.slicing.SupportStyle;
import com.printdesk.support.ExternalTools;
import com.printdesk.support.IntegrationTest;

/**
 * Slice-queue throughput: 20 distinct small corpus models requested at once through the real queue
 * (db-scheduler, {@link SliceWorker}, storage, {@code slice_results}) and the real PrusaSlicer, at
 * {@code SLICER_CONCURRENCY} 1 and 2; in the same run, the reference: the same 20 plates sliced by
 * running PrusaSlicer directly one after another. Each round uses fresh printers, so nothing comes
 * from the cache. Run with {@code ./mvnw -Pbench test -Dtest=SliceQueueBenchmark}.
 */
@Tag("bench")
@IntegrationTest
class SliceQueueBenchmark {

    /**
     * The 20 accepted corpus files with the fewest triangles that fit the MK3S bed and that PrusaSlicer
     * slices, without star_blank_header.stl (PrusaSlicer: "no extrusions in the first layer") and the
     * 13–40 s multi-object prints (cube_gears_*, dodeca_chain_color). Distinct content, so distinct cache keys.
     */
    static final List<String> MODELS = List.of("triamid_flipped_normals.stl", "nonmanifold_open_cube.stl",
            "box20_cr_only.stl", "box20_nonstandard.stl", "number_formats.3mf", "two_solids_ascii.stl",
            "cubes_touching.stl", "components_transform.3mf", "moon_crlf.stl", "openscad_example016.stl",
            "moon_prusaslicer_project.3mf", "xyz_calibration_cube.stl", "halfdonut_uppercase_keywords.stl",
            "explicit_support.3mf", "teapot_open.stl", "pyramids_12_items.3mf", "openscad_projection.stl",
            "m3x10_screw.stl", "rear_case_solid_header.stl", "fusion_leading_whitespace.3mf");
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    static final SliceSettings SETTINGS = new SliceSettings(1, new BigDecimal("0.20"), 20, false, SupportStyle.GRID,
            0, 1);
    static final Duration PATIENCE = Duration.ofMinutes(10);

    @Autowired
    ApplicationContext context;
    @Autowired
    Storage storage;
    @Autowired
    MaterialAdmin materials;
    @Autowired
    PrinterAdmin printers;

    @TempDir
    Path dir;

    /** One corpus file as uploaded and analysed: its normalised meshes locally and in {@code tmp}. */
    record Model(String file, String sha256, String tmpKey, List<String> meshKeys, List<Path> meshes,
            MeshFacts facts) {

        SliceJob job(long printerId) {
            return new SliceJob(sha256, tmpKey, meshKeys, facts, printerId, SETTINGS);
        }
    }

    /** One queue run: the wall time and each slice's result. */
    record QueueRun(int concurrency, double wallSeconds, List<SliceResult> results, int peakProcesses,
            double slicerSeconds, String load) {

        double perMinute() {
            return results.size() / wallSeconds * 60;
        }

        /** Seconds from a slice's start on the worker to its end (download, slicer, G-code upload, rows). */
        List<Double> serviceSeconds() {
            return results.stream()
                    .map(r -> Duration.between(r.startedAt(), r.finishedAt()).toNanos() / 1e9).toList();
        }

        /** Seconds from the request to the end: what a client waits, queueing included. */
        List<Double> waitSeconds() {
            return results.stream()
                    .map(r -> Duration.between(r.requestedAt(), r.finishedAt()).toNanos() / 1e9).toList();
        }
    }

    @Test
    void twentyQueuedModelsAtConcurrencyOneAndTwoAgainstPrusaSlicerRunDirectly() throws Exception {
        Path prusa = ExternalTools.require("PrusaSlicer", RealPrusaSlicerTests.PRUSA_SLICER);
        List<Model> models = upload();
        DirectSlicer direct = new DirectSlicer(prusa, Files.createDirectories(dir.resolve("direct")));
        direct.slice(models.get(11).meshes(), EstimateAccuracyBenchmark.MK3S, SETTINGS); // page cache, libraries
        MaterialView pla = new SliceFixtures(null, storage, materials, printers).material("1.24");

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%d models, %d rounds; %s; %d cores", models.size(), ROUNDS,
                new SlicerBinary(prusa.toString()).version(), Runtime.getRuntime().availableProcessors()));
        List<double[]> ratios = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            String load = loadAverage();
            Map<String, DirectSlicer.Run> reference = new LinkedHashMap<>();
            for (Model model : models) {
                reference.put(model.file(), direct.slice(model.meshes(), EstimateAccuracyBenchmark.MK3S, SETTINGS));
            }
            double referenceSeconds = reference.values().stream().mapToDouble(DirectSlicer.Run::seconds).sum();
            QueueRun one = throughQueue(prusa, models, 1, round);
            QueueRun two = throughQueue(prusa, models, 2, round);
            for (QueueRun run : List.of(one, two)) {
                for (int i = 0; i < models.size(); i++) {
                    SliceResult result = run.results().get(i);
                    assertThat(result.state()).as("%s: %s", models.get(i).file(), result.failureReason())
                            .isEqualTo(SliceState.COMPLETED);
                    assertThat(result.estimate()).isFalse();
                    // the same plate and command line: the queue's G-code says what the direct run's said
                    assertThat(result.filamentCm3()).as(models.get(i).file())
                            .isEqualByComparingTo(reference.get(models.get(i).file()).figures().filamentCm3());
                }
            }
            lines.add(String.format(Locale.ROOT, "round %d (load average at start %s)", round, load));
            lines.add(String.format(Locale.ROOT, "  reference, PrusaSlicer run directly one after another: %.2f s "
                    + "(per slice median %.2f s, p95 %.2f s)", referenceSeconds,
                    median(reference.values().stream().map(DirectSlicer.Run::seconds).toList()),
                    p95(reference.values().stream().map(DirectSlicer.Run::seconds).toList())));
            for (QueueRun run : List.of(one, two)) {
                lines.add(String.format(Locale.ROOT, "  queue, concurrency %d: wall %.2f s = %.1f slices/min, "
                        + "%.2f× the reference; per slice on the worker median %.2f s, p95 %.2f s; request to result "
                        + "median %.2f s, p95 %.2f s; peak %d slicer processes; slicer processes %.2f s in all "
                        + "(load average at start %s)", run.concurrency(), run.wallSeconds(), run.perMinute(),
                        run.wallSeconds() / referenceSeconds, median(run.serviceSeconds()), p95(run.serviceSeconds()),
                        median(run.waitSeconds()), p95(run.waitSeconds()), run.peakProcesses(), run.slicerSeconds(),
                        run.load()));
            }
            // what the queue adds, measured on the same processes (so the load shared by both cancels out)
            lines.add(String.format(Locale.ROOT, "  queue overhead at concurrency 1: wall − slicer processes = %.2f s "
                    + "(%.2f s per slice, %.1f %% of the wall time)", one.wallSeconds() - one.slicerSeconds(),
                    (one.wallSeconds() - one.slicerSeconds()) / models.size(),
                    100 * (one.wallSeconds() - one.slicerSeconds()) / one.wallSeconds()));
            if (round == 1) {
                lines.add("  reference per model: " + reference.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %.2f s", e.getKey(), e.getValue().seconds()))
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
            ratios.add(new double[] { one.wallSeconds() / referenceSeconds, two.wallSeconds() / referenceSeconds,
                    one.wallSeconds() / two.wallSeconds(), one.wallSeconds() / one.slicerSeconds() });
            assertThat(one.peakProcesses()).isEqualTo(1);
            assertThat(two.peakProcesses()).isEqualTo(2);
        }
        lines.add(String.format(Locale.ROOT, "median over rounds: concurrency 1 = %.2f× the reference, concurrency 2 = "
                + "%.2f× the reference; concurrency 2 is %.2f× as fast as 1; concurrency 1's wall is %.3f× its slicer "
                + "processes' time; load average at the end %s",
                median(ratios.stream().map(r -> r[0]).toList()), median(ratios.stream().map(r -> r[1]).toList()),
                median(ratios.stream().map(r -> r[2]).toList()), median(ratios.stream().map(r -> r[3]).toList()),
                loadAverage()));
        lines.forEach(System.out::println);
        Files.writeString(Path.of("target/slice-queue-benchmark.txt"), String.join("\n", lines) + "\n");
    }

    private QueueRun throughQueue(Path prusa, List<Model> models, int concurrency, int round) throws Exception {
        Path runs = dir.resolve("runs-" + round + "-" + concurrency + ".log");
        SlicerProperties properties = new SlicerProperties(recordingWrapper(prusa, runs).toString(), false,
                concurrency, Duration.ofMinutes(2), Duration.ofSeconds(5));
        String load = loadAverage();
        try (IsolatedSliceQueue queue = new IsolatedSliceQueue(context, "slice_bench_c" + concurrency, properties)) {
            // a fresh printer: new cache keys, so every model is sliced again
            long printer = new SliceFixtures(queue.slicing(), storage, materials, printers).printer().id();
            queue.slicing().result(0); // the service's first query is not part of the burst
            long start = System.nanoTime();
            List<Long> ids = new ArrayList<>();
            for (Model model : models) {
                ids.add(queue.slicing().request(model.job(printer)).id());
            }
            List<SliceResult> results = new ArrayList<>();
            long deadline = start + PATIENCE.toNanos();
            for (long id : ids) {
                SliceResult result = queue.slicing().result(id).orElseThrow();
                while (!result.state().finished() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                    result = queue.slicing().result(id).orElseThrow();
                }
                results.add(result);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            List<SliceQueueConcurrencyTests.Event> events = SliceQueueConcurrencyTests.events(runs);
            double slicerSeconds = slicerSeconds(events);
            return new QueueRun(concurrency, wall, results, SliceQueueConcurrencyTests.peak(events), slicerSeconds,
                    load);
        }
    }

    /** Pairs each process's start and stop (by PID) and adds up the time between them. */
    private static double slicerSeconds(List<SliceQueueConcurrencyTests.Event> events) {
        return events.stream().mapToLong(e -> e.start() ? -e.nanos() : e.nanos()).sum() / 1e9;
    }

    /** PrusaSlicer behind a script that logs each process's start and stop, for the peak count. */
    private Path recordingWrapper(Path prusa, Path runs) throws IOException {
        Path script = dir.resolve("prusa-slicer-" + runs.getFileName() + ".sh");
        Files.writeString(script, """
                #!/bin/sh
                if [ "$1" = --help ]; then exec %1$s --help; fi
                echo "start $$ $(date +%%s%%N)" >> %2$s
                %1$s "$@"
                code=$?
                echo "stop $$ $(date +%%s%%N)" >> %2$s
                exit $code
                """.formatted(prusa, runs));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /** Analyses each file as an upload would and puts the upload and its normalised meshes in {@code tmp}. */
    private List<Model> upload() throws Exception {
        ModelAnalyser analyser = new ModelAnalyser();
        List<Model> models = new ArrayList<>();
        for (String file : MODELS) {
            Path path = TestMeshes.model(file);
            ModelAnalysis analysis = analyser.analyse(path, file, Files.createDirectories(dir.resolve("objects")
                    .resolve(file)));
            byte[] bytes = Files.readAllBytes(path);
            String key = StorageKeys.tmpUpload(4243, file);
            storage.put(Bucket.TMP, key, bytes, "application/octet-stream");
            String folder = key.substring(0, key.lastIndexOf('/') + 1);
            List<String> meshKeys = new ArrayList<>();
            List<Path> meshes = new ArrayList<>();
            int n = 0;
            for (ModelObject object : analysis.objects()) {
                String meshKey = folder + "object-" + (++n) + ".stl";
                storage.put(Bucket.TMP, meshKey, Files.readAllBytes(object.stl()), "model/stl");
                meshKeys.add(meshKey);
                meshes.add(object.stl());
            }
            BoundingBox box = analysis.bounds();
            models.add(new Model(file, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    key, meshKeys, meshes, new MeshFacts(analysis.volumeMm3(), analysis.surfaceAreaMm2(), box.sizeX(),
                            box.sizeY(), box.sizeZ())));
        }
        return models;
    }

    private static double p95(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    }
}
