package com.printdesk.bench;

import java.util.ArrayList;
import java.util.List;

/** Collects durations and reports median and p95 in milliseconds. */
final class Timings {

    private final String name;
    private final List<Long> nanos = new ArrayList<>();

    Timings(String name) {
        this.name = name;
    }

    void time(ThrowingRunnable work) throws Exception {
        long start = System.nanoTime();
        work.run();
        nanos.add(System.nanoTime() - start);
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double percentile(int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    @Override
    public String toString() {
        return String.format("%-40s n=%4d  median %8.1f ms  p95 %8.1f ms", name, nanos.size(), median(), p95());
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
