package com.printdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Geometry analysis of a generated 1,000,000-triangle binary STL (a closed torus) in a child JVM
 * limited to {@code -Xmx256m}, compared in the same run with {@code admesh} and
 * {@code prusa-slicer --info} on the same file. Run with
 * {@code ./mvnw -Pbench test -Dtest=GeometryBenchmark}.
 */
@Tag("bench")
class GeometryBenchmark {

    static final int MAJOR = 1000;
    static final int MINOR = 500; // 1000 × 500 quads × 2 = 1,000,000 triangles
    static final double R = 40;
    static final double r = 15;
    static final int RUNS = 7;

    @Test
    void analyseAMillionTrianglesInASmallHeap(@TempDir Path dir) throws Exception {
        Path stl = dir.resolve("torus-1m.stl");
        writeTorus(stl);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("file: %s, %,d bytes, %,d triangles", stl.getFileName(), Files.size(stl),
                2L * MAJOR * MINOR));

        Measured child = run(dir, List.of(javaBin(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                GeometryBenchmarkRun.class.getName(), stl.toString(), String.valueOf(RUNS)));
        assertThat(child.exit()).as(child.output()).isZero();
        List<Double> runs = child.values("RUN");
        String[] result = child.line("RESULT").split(" ");
        assertThat(Long.parseLong(result[1])).isEqualTo(2L * MAJOR * MINOR);
        assertThat(Double.parseDouble(result[2])).isCloseTo(2 * Math.PI * Math.PI * R * r * r, within(0.01 * 177_653));
        assertThat(result[3]).isEqualTo("true");
        assertThat(result[4]).isEqualTo("1");
        lines.add(String.format("ours: first run %.1f ms, median %.1f ms (excluding the first), peak heap %.1f MB of %.0f MB,"
                + " child process %.1f s wall, max RSS %.0f MB", runs.get(0), median(runs.subList(1, runs.size())),
                child.value("PEAK_HEAP_MB"), child.value("MAX_HEAP_MB"), child.wallSeconds(), child.maxRssMb()));

        tool(dir, lines, "ours, a fresh -Xmx256m JVM per file (like a command-line tool)", List.of(javaBin(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), GeometryBenchmarkRun.class.getName(), stl.toString(), "1"), 3);
        tool(dir, lines, "admesh", List.of("/usr/bin/admesh", stl.toString()), 3);
        tool(dir, lines, "prusa-slicer --info", List.of("/usr/bin/prusa-slicer", "--info", stl.toString()), 3);

        Path soup = dir.resolve("soup-1m.stl");
        writeSoup(soup);
        Measured hostile = run(dir, List.of(javaBin(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                GeometryBenchmarkRun.class.getName(), soup.toString(), "1"));
        assertThat(hostile.output()).as("refused, not out of memory").contains("REJECTED").doesNotContain("OutOfMemoryError");
        lines.add(String.format("1,000,000 unconnected triangles (3,000,000 distinct vertices) in -Xmx256m: %.1f s wall"
                + " including JVM start, max RSS %.0f MB, %s", hostile.wallSeconds(), hostile.maxRssMb(),
                hostile.line("REJECTED")));

        lines.forEach(System.out::println);
        Files.writeString(Path.of("target/geometry-benchmark.txt"), String.join("\n", lines) + "\n");
    }

    private static void tool(Path dir, List<String> lines, String name, List<String> command, int times)
            throws Exception {
        if (!Files.isExecutable(Path.of(command.get(0)))) {
            lines.add(name + ": not installed");
            return;
        }
        List<Double> walls = new ArrayList<>();
        double rss = 0;
        for (int i = 0; i < times; i++) {
            Measured m = run(dir, command);
            assertThat(m.exit()).as(name + "\n" + m.output()).isZero();
            walls.add(m.wallSeconds() * 1000);
            rss = Math.max(rss, m.maxRssMb());
        }
        lines.add(String.format("%s: median %.1f ms wall over %d runs (process start included), max RSS %.0f MB",
                name, median(walls), times, rss));
    }

    record Measured(int exit, String output, double wallSeconds) {

        List<Double> values(String key) {
            return output.lines().filter(l -> l.startsWith(key + " ")).map(l -> Double.valueOf(l.split(" ")[1]))
                    .toList();
        }

        double value(String key) {
            return values(key).get(0);
        }

        String line(String key) {
            return output.lines().filter(l -> l.startsWith(key + " ")).findFirst().orElseThrow();
        }

        double maxRssMb() {
            return value("MAXRSS_KB") / 1024;
        }
    }

    /** Runs a command under /usr/bin/time for its peak RSS. */
    private static Measured run(Path dir, List<String> command) throws Exception {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "MAXRSS_KB %M"));
        timed.addAll(command);
        Path log = Files.createTempFile(dir, "run", ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in 5 minutes");
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Measured(process.exitValue(), Files.readString(log), wall);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The worst case for the vertex and edge tables: no two triangles share a corner. */
    static void writeSoup(Path file) throws IOException {
        java.util.Random random = new java.util.Random(7);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(ByteBuffer.allocate(84).order(ByteOrder.LITTLE_ENDIAN).put(new byte[80]).putInt(2 * MAJOR * MINOR)
                    .array());
            ByteBuffer triangle = ByteBuffer.allocate(50).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < 2 * MAJOR * MINOR; i++) {
                triangle.clear();
                triangle.putFloat(0).putFloat(0).putFloat(0);
                for (int k = 0; k < 9; k++) {
                    triangle.putFloat(random.nextFloat() * 100);
                }
                out.write(triangle.putShort((short) 0).array());
            }
        }
    }

    /** A closed torus: every vertex computed from wrapped indices, so shared corners are identical floats. */
    static void writeTorus(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            ByteBuffer record = ByteBuffer.allocate(84).order(ByteOrder.LITTLE_ENDIAN);
            byte[] header = new byte[80];
            byte[] text = "generated torus for GeometryBenchmark".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, header, 0, text.length);
            record.put(header).putInt(2 * MAJOR * MINOR);
            out.write(record.array());
            ByteBuffer triangle = ByteBuffer.allocate(50).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < MAJOR; i++) {
                for (int j = 0; j < MINOR; j++) {
                    float[] a = vertex(i, j), b = vertex(i + 1, j), c = vertex(i + 1, j + 1), d = vertex(i, j + 1);
                    writeTriangle(out, triangle, a, b, c);
                    writeTriangle(out, triangle, a, c, d);
                }
            }
        }
    }

    private static float[] vertex(int i, int j) {
        double u = 2 * Math.PI * (i % MAJOR) / MAJOR;
        double v = 2 * Math.PI * (j % MINOR) / MINOR;
        return new float[] { (float) ((R + r * Math.cos(v)) * Math.cos(u)), (float) ((R + r * Math.cos(v)) * Math.sin(u)),
                (float) (r * Math.sin(v)) };
    }

    private static void writeTriangle(OutputStream out, ByteBuffer buffer, float[] a, float[] b, float[] c)
            throws IOException {
        buffer.clear();
        buffer.putFloat(0).putFloat(0).putFloat(0);
        for (float[] p : new float[][] { a, b, c }) {
            buffer.putFloat(p[0]).putFloat(p[1]).putFloat(p[2]);
        }
        buffer.putShort((short) 0);
        out.write(buffer.array());
    }
}
