package com.printdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import com.printdesk.slicing.ModelAnalyser;
import com.printdesk.slicing.ModelAnalysis;

/**
 * The child JVM of {@link GeometryBenchmark}: analyses one file {@code runs} times in a fresh JVM
 * started with a small heap, printing each run's time and the peak heap, for the parent to parse.
 */
public final class GeometryBenchmarkRun {

    private GeometryBenchmarkRun() {
    }

    public static void main(String[] args) throws Exception {
        Path stl = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        ModelAnalyser analyser = new ModelAnalyser();
        ModelAnalysis analysis = null;
        for (int i = 0; i < runs; i++) {
            Path out = Files.createTempDirectory("geometry-bench");
            long start = System.nanoTime();
            try {
                analysis = analyser.analyse(stl, stl.getFileName().toString(), out);
            } catch (com.printdesk.slicing.ModelRejected e) {
                System.out.println("REJECTED " + e.reason());
                return;
            }
            long nanos = System.nanoTime() - start;
            System.out.println("RUN " + nanos / 1_000_000.0);
            for (var object : analysis.objects()) {
                Files.delete(object.stl());
            }
            Files.delete(out);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("PEAK_HEAP_MB " + peak / (1024.0 * 1024.0));
        System.out.println("MAX_HEAP_MB " + Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
        System.out.println("RESULT " + analysis.triangles() + " " + analysis.volumeMm3() + " " + analysis.watertight()
                + " " + analysis.shells());
    }
}
