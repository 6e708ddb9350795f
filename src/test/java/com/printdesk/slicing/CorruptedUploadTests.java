package com.printdesk.slicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input never crashes the analysis: truncated or bit-flipped copies of valid corpus files are
 * either still readable or rejected with a {@link ModelRejected}, and a rejection leaves no files.
 */
class CorruptedUploadTests {

    final ModelAnalyser analyser = new ModelAnalyser();

    @ParameterizedTest
    @ValueSource(strings = { "components_transform.3mf", "number_formats.3mf", "box20_nonstandard.stl",
            "xyz_calibration_cube.stl", "moon_prusaslicer_project.3mf" })
    void damagedCopiesAreReadOrRejectedNeverCrash(String name, @TempDir Path dir) throws IOException {
        byte[] original = Files.readAllBytes(ModelCorpus.folder().resolve(name));
        Random random = new Random(name.hashCode());
        int rejected = 0;
        for (int i = 0; i < 60; i++) {
            byte[] damaged = i % 3 == 0 ? java.util.Arrays.copyOf(original, random.nextInt(original.length))
                    : flip(original, random, 1 + i % 4);
            Path file = Files.write(dir.resolve("damaged-" + i + "-" + name), damaged);
            Path out = Files.createDirectory(dir.resolve("out-" + i));
            try {
                ModelAnalysis analysis = analyser.analyse(file, name, out);
                assertThat(analysis.triangles()).isPositive();
            } catch (ModelRejected e) {
                rejected++;
                assertThat(e.fileName()).isEqualTo(name);
                try (Stream<Path> left = Files.list(out)) {
                    assertThat(left).isEmpty();
                }
            }
        }
        assertThat(rejected).as("truncations alone reject some copies").isPositive();
    }

    private static byte[] flip(byte[] original, Random random, int bytes) {
        byte[] copy = original.clone();
        for (int b = 0; b < bytes; b++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }
}
