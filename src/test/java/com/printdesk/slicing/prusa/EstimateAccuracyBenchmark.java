package com.printdesk.slicing.prusa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.printdesk.slicing.BoundingBox;
import com.printdesk.slicing.BuildVolume;
import com.printdesk.slicing.MeshFacts;
import com.printdesk.slicing.ModelAnalyser;
import com.printdesk.slicing.ModelAnalysis;
import com.printdesk.slicing.ModelObject;
import com.printdesk.slicing.SliceSettings;
import com.printdesk.slicing.SupportStyle;
import com.printdesk.support.ExternalTools;

/**
 * The geometric estimate (what a client is quoted when no slicer can run) against PrusaSlicer, for
 * every accepted corpus model of at least 1 cm³: filament cm³ (grams are cm³ × density, so the
 * error is the same) and print time, with the default settings (0.20 mm layers, 20 % infill, no
 * supports) and the shipped MK3S profile. Reports, does not gate. Run with
 * {@code ./mvnw -Pbench test -Dtest=EstimateAccuracyBenchmark}.
 */
@Tag("bench")
class EstimateAccuracyBenchmark {

    static final SliceSettings DEFAULTS = new SliceSettings(1, new BigDecimal("0.20"), 20, false, SupportStyle.GRID,
            0, 1);
    static final SlicerCommand.Bed MK3S = new SlicerCommand.Bed(250, 210, 220);
    /** For the two files too large for any demo printer: the same profile on a bed they fit, as drawn. */
    static final SlicerCommand.Bed LARGE = new SlicerCommand.Bed(400, 400, 400);

    @TempDir
    Path dir;

    record Row(String file, MeshFacts facts, int objects, String bed, GcodeMetadata.Figures slicer,
            GcodeMetadata.Figures estimate, double seconds) {

        double gramsError() {
            return error(estimate.filamentCm3().doubleValue(), slicer.filamentCm3().doubleValue());
        }

        double timeError() {
            return error(estimate.printTime().toSeconds(), slicer.printTime().toSeconds());
        }

        private static double error(double estimated, double actual) {
            return (estimated - actual) / actual;
        }
    }

    @Test
    void estimateAgainstPrusaSlicerForEveryAcceptedModelOfAtLeastOneCubicCentimetre() throws Exception {
        Path prusa = ExternalTools.require("PrusaSlicer", RealPrusaSlicerTests.PRUSA_SLICER);
        DirectSlicer slicer = new DirectSlicer(prusa, Files.createDirectories(dir.resolve("slices")));
        ModelAnalyser analyser = new ModelAnalyser();
        BuildVolume mk3s = new BuildVolume("MK3S", MK3S.x(), MK3S.y(), MK3S.z());
        String load = loadAverage();

        List<Row> rows = new ArrayList<>();
        for (String file : candidates()) {
            ModelAnalysis analysis = analyser.analyse(TestMeshes.model(file), file,
                    Files.createDirectories(dir.resolve("objects").resolve(file)));
            BoundingBox box = analysis.bounds();
            MeshFacts facts = new MeshFacts(analysis.volumeMm3(), analysis.surfaceAreaMm2(), box.sizeX(), box.sizeY(),
                    box.sizeZ());
            boolean fits = analysis.fitsOn(mk3s);
            List<Path> meshes = analysis.objects().stream().map(ModelObject::stl).toList();
            DirectSlicer.Run run = slicer.slice(meshes, fits ? MK3S : LARGE, DEFAULTS);
            assertThat(run.outcome()).as(file).isInstanceOf(PrusaSlicer.Sliced.class);
            rows.add(new Row(file, facts, analysis.objects().size(), fits ? "250×210" : "400×400", run.figures(),
                    GeometricEstimate.of(facts, DEFAULTS), run.seconds()));
        }

        List<String> lines = report(rows);
        lines.add(0, "load average before: " + load + ", after: " + loadAverage());
        lines.forEach(System.out::println);
        Files.writeString(Path.of("target/estimate-benchmark.txt"), String.join("\n", lines) + "\n");
        Files.writeString(Path.of("target/estimate-benchmark.tsv"), tsv(rows));
    }

    /** Accepted by APP_EXPECTED.tsv (any accept-… outcome) with a MANIFEST.tsv volume of at least 1 cm³. */
    static List<String> candidates() throws IOException {
        Map<String, String> outcomes = column("APP_EXPECTED.tsv", "outcome");
        Map<String, String> volumes = column("MANIFEST.tsv", "volume_cm3");
        return outcomes.entrySet().stream()
                .filter(e -> e.getValue().startsWith("accept"))
                .filter(e -> !volumes.getOrDefault(e.getKey(), "").isBlank()
                        && Double.parseDouble(volumes.get(e.getKey())) >= 1.0)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Map<String, String> column(String tsv, String name) throws IOException {
        List<String> lines = Files.readAllLines(TestMeshes.model(tsv));
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int file = header.indexOf("file");
        int wanted = header.indexOf(name);
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length > Math.max(file, wanted)) {
                values.put(cells[file], cells[wanted]);
            }
        }
        return values;
    }

    private static List<String> report(List<Row> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("| model | objects | volume cm³ | area cm² | bed | PrusaSlicer cm³ | estimate cm³ | error "
                + "| PrusaSlicer time | estimate time | error |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            lines.add(String.format(Locale.ROOT, "| %s | %d | %.2f | %.1f | %s | %.2f | %.2f | %+.0f %% | %s | %s | %+.0f %% |",
                    r.file(), r.objects(), r.facts().volumeMm3() / 1000, r.facts().surfaceAreaMm2() / 100, r.bed(),
                    r.slicer().filamentCm3(), r.estimate().filamentCm3(), 100 * r.gramsError(),
                    hours(r.slicer().printTime().toSeconds()), hours(r.estimate().printTime().toSeconds()),
                    100 * r.timeError()));
        }
        List<Double> grams = rows.stream().map(r -> Math.abs(r.gramsError())).toList();
        List<Double> times = rows.stream().map(r -> Math.abs(r.timeError())).toList();
        lines.add(String.format(Locale.ROOT, "%d models; |error| of filament (grams): median %.1f %%, worst %.1f %% (%s); "
                + "of print time: median %.1f %%, worst %.1f %%; mean signed filament error %+.1f %%",
                rows.size(), 100 * median(grams), 100 * max(grams), worst(rows), 100 * median(times), 100 * max(times),
                100 * rows.stream().mapToDouble(Row::gramsError).average().orElse(0)));
        return lines;
    }

    private static String worst(List<Row> rows) {
        return rows.stream().max((a, b) -> Double.compare(Math.abs(a.gramsError()), Math.abs(b.gramsError())))
                .map(Row::file).orElse("-");
    }

    /** Facts and both answers, to try other estimate formulas without slicing again. */
    private static String tsv(List<Row> rows) {
        StringBuilder out = new StringBuilder("file\tobjects\tvolume_mm3\tarea_mm2\tx\ty\tz\tslicer_cm3\tslicer_s\t"
                + "estimate_cm3\testimate_s\n");
        for (Row r : rows) {
            MeshFacts f = r.facts();
            out.append(String.format(Locale.ROOT, "%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%s\t%d\t%s\t%d%n", r.file(),
                    r.objects(), f.volumeMm3(), f.surfaceAreaMm2(), f.sizeXMm(), f.sizeYMm(), f.sizeZMm(),
                    r.slicer().filamentCm3().toPlainString(), r.slicer().printTime().toSeconds(),
                    r.estimate().filamentCm3().toPlainString(), r.estimate().printTime().toSeconds()));
        }
        return out.toString();
    }

    private static String hours(long seconds) {
        return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }

    static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
