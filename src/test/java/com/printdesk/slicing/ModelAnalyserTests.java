package com.printdesk.slicing;

import static com.printdesk.slicing.TestModels.asciiCube;
import static com.printdesk.slicing.TestModels.binaryCube;
import static com.printdesk.slicing.TestModels.cubeMeshXml;
import static com.printdesk.slicing.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format sniffing, STL edge cases and the units offer, on hand-made files. */
class ModelAnalyserTests {

    final ModelAnalyser analyser = new ModelAnalyser();

    @TempDir
    Path dir;

    @Test
    void aBinaryStlWhoseHeaderSaysSolidIsReadAsBinary() throws IOException {
        Path file = TestModels.write(dir.resolve("cube.stl"), binaryCube("solid cube exported by CAD", 10));

        ModelAnalysis analysis = analyser.analyse(file, "cube.stl", out());

        assertThat(analysis.format()).isEqualTo(ModelFormat.STL_BINARY);
        assertThat(analysis.triangles()).isEqualTo(12);
        assertThat(analysis.volumeMm3()).isCloseTo(1000, within(1e-6));
        assertThat(analysis.surfaceAreaMm2()).isCloseTo(600, within(1e-6));
        assertThat(analysis.watertight()).isTrue();
        assertThat(analysis.shells()).isEqualTo(1);
    }

    @Test
    void asciiStlIsReadWithAnyLineEndingAndKeywordCase() throws IOException {
        for (String newline : new String[] { "\r", "\n", "\r\n" }) {
            for (UnaryOperator<String> keyword : Arrays.<UnaryOperator<String>>asList(k -> k,
                    k -> k.toUpperCase(Locale.ROOT))) {
                Path file = TestModels.write(dir.resolve("cube.stl"),
                        asciiCube(newline, 20, keyword).getBytes(StandardCharsets.US_ASCII));

                ModelAnalysis analysis = analyser.analyse(file, "cube.stl", out());

                assertThat(analysis.format()).isEqualTo(ModelFormat.STL_ASCII);
                assertThat(analysis.triangles()).isEqualTo(12);
                assertThat(analysis.volumeCm3()).isCloseTo(8.0, within(1e-9));
            }
        }
    }

    @Test
    void severalSolidsInOneAsciiFileMakeOneObject() throws IOException {
        String two = asciiCube("\n", 1, k -> k) + asciiCube("\n", 2, k -> k).replace("vertex 0.0", "vertex 5.0");
        Path file = TestModels.write(dir.resolve("two.stl"), two.getBytes(StandardCharsets.US_ASCII));

        ModelAnalysis analysis = analyser.analyse(file, "two.stl", out());

        assertThat(analysis.triangles()).isEqualTo(24);
        assertThat(analysis.objects()).hasSize(1);
    }

    @Test
    void notANumberCoordinatesAreRejectedInBothStlFormats() throws IOException {
        byte[] binary = binaryCube("nan cube", 10);
        ByteBuffer.wrap(binary).order(ByteOrder.LITTLE_ENDIAN).putFloat(84 + 50 * 3 + 12 + 4, Float.NaN);
        assertRejected(TestModels.write(dir.resolve("nan.stl"), binary), "not a number");

        String ascii = asciiCube("\n", 10, k -> k);
        assertRejected(asciiFile(ascii.replaceFirst("vertex 0.0", "vertex nan")), "'nan' is not a number");
        assertRejected(asciiFile(ascii.replaceFirst("vertex 0.0", "vertex inf")), "'inf' is not a number");
        assertRejected(asciiFile(ascii.replaceFirst("vertex 0.0", "vertex 1e999")), "not a finite number");
        assertRejected(asciiFile(ascii.replaceFirst("vertex 0.0", "vertex 0x1p3")), "is not a number");
    }

    @Test
    void aBinaryStlOfTheWrongSizeIsRejectedWithTheExpectedSize() throws IOException {
        byte[] cube = binaryCube("cube", 10);
        Path truncated = TestModels.write(dir.resolve("short.stl"), Arrays.copyOf(cube, cube.length - 1));

        assertRejected(truncated, "should be 684 bytes (84 + 50 × 12), but it is 683 bytes");
    }

    @Test
    void asciiFacetsMustHaveThreeVerticesAndTheFileMustEnd() throws IOException {
        String ascii = asciiCube("\n", 10, k -> k);
        assertRejected(asciiFile(ascii.replaceFirst("   vertex [^\n]*\n", "")), "2 vertices instead of three");
        assertRejected(asciiFile(ascii.substring(0, ascii.indexOf("endloop"))), "ends inside a facet");
        assertRejected(asciiFile("solid empty\nendsolid empty\n"), "no facets");
    }

    @Test
    void aTinyModelGetsTheMetresAndInchesOfferAndScalingRemovesIt() throws IOException {
        Path file = TestModels.write(dir.resolve("metres.stl"), binaryCube("drawn in metres", 0.047f));

        ModelAnalysis asDrawn = analyser.analyse(file, "metres.stl", out());
        assertThat(asDrawn.unitSuggestion()).hasValueSatisfying(units -> {
            assertThat(units.reason()).contains("0.047 mm");
            assertThat(units.scales()).containsExactly(new UnitSuggestion.Scale("metres", 1000),
                    new UnitSuggestion.Scale("inches", 25.4));
        });

        ModelAnalysis scaled = analyser.analyse(file, "metres.stl", out(), 1000);
        assertThat(scaled.unitSuggestion()).isEmpty();
        assertThat(scaled.bounds().largestSide()).isCloseTo(47, within(1e-3));
        assertThat(scaled.volumeCm3()).isCloseTo(103.823, within(0.01));
    }

    @Test
    void anAbsurdlyLargeModelGetsTheMicrometresOffer() throws IOException {
        Path file = TestModels.write(dir.resolve("microns.stl"), binaryCube("microns", 20_000));

        assertThat(analyser.analyse(file, "microns.stl", out()).unitSuggestion())
                .hasValueSatisfying(units -> assertThat(units.scales()).extracting(UnitSuggestion.Scale::factor)
                        .containsExactly(0.001));
    }

    @Test
    void theNormalisedStlHoldsTheMeshAsParsed() throws IOException {
        Path file = TestModels.write(dir.resolve("cube.stl"), asciiCube("\r", 20, k -> k)
                .getBytes(StandardCharsets.US_ASCII));
        Path out = out();

        ModelAnalysis analysis = analyser.analyse(file, "cube.stl", out);
        Path stl = analysis.objects().get(0).stl();

        assertThat(stl.getParent()).isEqualTo(out);
        ModelAnalysis reread = analyser.analyse(stl, "object-1.stl", out());
        assertThat(reread.format()).isEqualTo(ModelFormat.STL_BINARY);
        assertThat(reread.triangles()).isEqualTo(12);
        assertThat(reread.bounds()).isEqualTo(analysis.bounds());
        assertThat(reread.volumeMm3()).isEqualTo(analysis.volumeMm3());
    }

    @Test
    void unknownContentIsRejectedWhateverItsName() throws IOException {
        assertRejected(TestModels.write(dir.resolve("photo.stl"), "GIF89a....".getBytes(StandardCharsets.US_ASCII)),
                "neither STL nor 3MF");
    }

    @Test
    void theExtensionDoesNotDecideTheFormat() throws IOException {
        Path file = TestModels.write(dir.resolve("model.3mf"), binaryCube("really an stl", 5));

        assertThat(analyser.analyse(file, "model.3mf", out()).format()).isEqualTo(ModelFormat.STL_BINARY);
    }

    private Path asciiFile(String content) throws IOException {
        return TestModels.write(Files.createTempFile(dir, "ascii", ".stl"), content.getBytes(StandardCharsets.US_ASCII));
    }

    private void assertRejected(Path file, String reasonPart) throws IOException {
        Path out = out();
        String name = file.getFileName().toString();
        ThrowingCallable analyse = () -> analyser.analyse(file, name, out);
        assertThatThrownBy(analyse).isInstanceOfSatisfying(ModelRejected.class, rejected -> {
            assertThat(rejected.fileName()).isEqualTo(name);
            assertThat(rejected.reason()).contains(reasonPart);
            assertThat(rejected.getMessage()).startsWith(name + ": ");
        });
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    private Path out() throws IOException {
        return Files.createTempDirectory(dir, "out");
    }
}
