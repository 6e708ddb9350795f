package com.printdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.printdesk.support.ExternalTools;

/**
 * Each shipped profile really slices: PrusaSlicer 2.5.0 loads it, slices a 20 mm cube and writes G-code
 * whose closing metadata reports the filament used. Needs {@code /usr/bin/prusa-slicer}.
 */
class SlicerProfileSlicingTests {

    static final Path PRUSA_SLICER = Path.of("/usr/bin/prusa-slicer");
    static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path work;

    static List<String> shipped() throws IOException {
        return SlicerProfilesTests.shipped();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void slicesATwentyMillimetreCube(String name) throws Exception {
        Path slicer = ExternalTools.require("PrusaSlicer", PRUSA_SLICER);
        Path profile = work.resolve(name + ".ini");
        try (InputStream in = new SlicerProfiles().profile(name).orElseThrow().getInputStream()) {
            Files.copy(in, profile);
        }
        Path cube = Files.write(work.resolve("cube.stl"), binaryStlCube(20f));
        Path gcode = work.resolve("cube.gcode");

        // its own data directory, so the run neither reads nor writes the user's PrusaSlicer settings
        Process process = new ProcessBuilder(slicer.toString(), "--datadir", work.resolve("data").toString(),
                "--export-gcode", "--load", profile.toString(), "--output", gcode.toString(), cube.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("slicer.log").toFile()).start();
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }

        String log = Files.readString(work.resolve("slicer.log"));
        assertThat(finished).as("finished within %d s", TIMEOUT_SECONDS).isTrue();
        assertThat(process.exitValue()).as("exit code; output:%n%s", tail(log)).isZero();
        assertThat(Files.readString(gcode, StandardCharsets.UTF_8)).contains("; filament used [mm]");
    }

    /** A closed cube of {@code size} mm as binary STL: 80-byte header, triangle count, 12 triangles. */
    static byte[] binaryStlCube(float size) {
        float s = size;
        float[][][] quads = {
                {{0, 0, 0}, {0, s, 0}, {s, s, 0}, {s, 0, 0}}, {{0, 0, s}, {s, 0, s}, {s, s, s}, {0, s, s}},
                {{0, 0, 0}, {s, 0, 0}, {s, 0, s}, {0, 0, s}}, {{0, s, 0}, {0, s, s}, {s, s, s}, {s, s, 0}},
                {{0, 0, 0}, {0, 0, s}, {0, s, s}, {0, s, 0}}, {{s, 0, 0}, {s, s, 0}, {s, s, s}, {s, 0, s}}};
        ByteBuffer stl = ByteBuffer.allocate(84 + 12 * 50).order(ByteOrder.LITTLE_ENDIAN);
        stl.position(80);
        stl.putInt(12);
        for (float[][] q : quads) {
            triangle(stl, q[0], q[1], q[2]);
            triangle(stl, q[0], q[2], q[3]);
        }
        return stl.array();
    }

    private static void triangle(ByteBuffer stl, float[] a, float[] b, float[] c) {
        float[] u = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
        float[] v = {c[0] - a[0], c[1] - a[1], c[2] - a[2]};
        float[] n = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
        float length = (float) Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        for (float component : n) {
            stl.putFloat(component / length);
        }
        for (float[] vertex : new float[][] {a, b, c}) {
            for (float coordinate : vertex) {
                stl.putFloat(coordinate);
            }
        }
        stl.putShort((short) 0);
    }

    private static String tail(String log) {
        return log.length() > 2000 ? log.substring(log.length() - 2000) : log;
    }
}
