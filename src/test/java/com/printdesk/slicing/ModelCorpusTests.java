package com.printdesk.slicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the shared corpus does what APP_EXPECTED.tsv says, and accepted files measure what
 * MANIFEST.tsv measured: triangles exactly, box and volume within 1 %.
 */
class ModelCorpusTests {

    final ModelAnalyser analyser = new ModelAnalyser();

    static Stream<ModelCorpus.Entry> corpus() {
        return ModelCorpus.entries().stream();
    }

    @Test
    void theCorpusHasFortyFilesWithExpectations() {
        assertThat(ModelCorpus.entries()).hasSize(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachFileMeetsItsExpectation(ModelCorpus.Entry file, @TempDir Path out) throws IOException {
        if (file.outcome().equals("reject")) {
            assertThatThrownBy(() -> analyser.analyse(file.path(), file.file(), out))
                    .isInstanceOfSatisfying(ModelRejected.class, rejected -> {
                        assertThat(rejected.fileName()).isEqualTo(file.file());
                        assertThat(rejected.reason()).isNotBlank();
                    });
            try (Stream<Path> left = Files.list(out)) {
                assertThat(left).as("a rejected upload leaves no normalised files").isEmpty();
            }
            return;
        }
        ModelAnalysis analysis = analyser.analyse(file.path(), file.file(), out);

        assertThat(analysis.triangles()).isEqualTo(file.triangles());
        BoundingBox box = analysis.bounds();
        assertThat(box.sizeX()).isCloseTo(file.bboxMm()[0], within(tolerance(file.bboxMm()[0], 0.001)));
        assertThat(box.sizeY()).isCloseTo(file.bboxMm()[1], within(tolerance(file.bboxMm()[1], 0.001)));
        assertThat(box.sizeZ()).isCloseTo(file.bboxMm()[2], within(tolerance(file.bboxMm()[2], 0.001)));
        assertThat(analysis.volumeCm3()).isCloseTo(file.volumeCm3(), within(tolerance(file.volumeCm3(), 0.00005)));
        assertNormalisedFiles(analysis);

        switch (file.outcome()) {
        case "accept" -> {
            assertThat(analysis.warnings()).isEmpty();
            assertThat(analysis.unitSuggestion()).isEmpty();
            assertThat(analysis.fitsAnyOf(ModelCorpus.DEMO_PRINTERS)).isTrue();
        }
        case "accept-warn" -> {
            assertThat(analysis.warnings()).singleElement().asString().contains("not watertight");
            assertThat(analysis.openEdges()).isPositive();
            assertThat(analysis.fitsAnyOf(ModelCorpus.DEMO_PRINTERS)).isTrue();
        }
        case "accept-units" -> assertThat(analysis.unitSuggestion()).hasValueSatisfying(units -> assertThat(
                units.scales()).extracting(UnitSuggestion.Scale::factor).containsExactly(1000.0, 25.4));
        case "accept-nofit" -> {
            assertThat(analysis.fitsAnyOf(ModelCorpus.DEMO_PRINTERS)).isFalse();
            assertThat(analysis.unitSuggestion()).isEmpty();
        }
        default -> throw new AssertionError("unknown outcome " + file.outcome());
        }
    }

    private static double tolerance(double expected, double absolute) {
        return Math.max(Math.abs(expected) * 0.01, absolute);
    }

    /** Each object's STL is binary, exactly 84 + 50 × its triangles, and they add up to the total. */
    private static void assertNormalisedFiles(ModelAnalysis analysis) throws IOException {
        long total = 0;
        for (ModelObject object : analysis.objects()) {
            assertThat(Files.size(object.stl())).isEqualTo(84 + 50 * object.triangles());
            byte[] header = Files.readAllBytes(object.stl()).length > 5 ? readHeader(object.stl()) : new byte[0];
            assertThat(new String(header, 0, 5)).isNotEqualToIgnoringCase("solid");
            total += object.triangles();
        }
        assertThat(total).isEqualTo(analysis.triangles());
        assertThat(analysis.objects()).extracting(ModelObject::stl).doesNotHaveDuplicates();
    }

    private static byte[] readHeader(Path stl) throws IOException {
        try (var in = Files.newInputStream(stl)) {
            return in.readNBytes(80);
        }
    }

    @Test
    void multiObjectFilesKeepOneNormalisedFilePerBuildItem(@TempDir Path out) {
        ModelAnalysis gears = analyser.analyse(ModelCorpus.folder().resolve("cube_gears_17_objects.3mf"),
                "cube_gears_17_objects.3mf", out);
        assertThat(gears.objects()).hasSize(17);
        assertThat(gears.format()).isEqualTo(ModelFormat.THREE_MF);
        List<String> names = gears.objects().stream().map(ModelObject::name).toList();
        assertThat(names).contains("cube 7", "gear 1");
    }
}
