package com.printdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the CPU of a benchmark phase went: this JVM's threads grouped by pool name, and the
 * PostgreSQL server's processes (found through its postmaster.pid), read from /proc. Two snapshots
 * and their difference, so a benchmark can say "x ms of CPU per delivery, y of it in PostgreSQL".
 */
final class CpuAccount {

    private static final double TICKS_PER_MS = 100 / 1000.0; // USER_HZ is 100 on Linux

    private final Path postgresDataDirectory;

    CpuAccount(String postgresDataDirectory) {
        this.postgresDataDirectory = Path.of(postgresDataDirectory);
    }

    Map<String, Double> snapshot() throws IOException {
        Map<String, Double> millis = new TreeMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                millis.merge("jvm " + group(info.getThreadName()), nanos / 1e6, Double::sum);
            }
        }
        millis.put("postgresql", postgresTicks() / TICKS_PER_MS);
        return millis;
    }

    static Map<String, Double> difference(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> spent = new TreeMap<>();
        after.forEach((key, value) -> spent.put(key, value - before.getOrDefault(key, 0.0)));
        return spent;
    }

    private static String group(String threadName) {
        return threadName.replaceAll("[0-9]+", "N");
    }

    private long postgresTicks() throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(postgresDataDirectory.resolve("postmaster.pid")).get(0).trim());
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes.filter(p -> p.getFileName().toString().matches("\\d+"))::iterator) {
                String[] stat = stat(process);
                if (stat == null) {
                    continue;
                }
                long pid = Long.parseLong(process.getFileName().toString());
                if (pid == postmaster || Long.parseLong(stat[1]) == postmaster) {
                    // utime, stime, and the children's (backends that exited) cutime, cstime
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]) + Long.parseLong(stat[13])
                            + Long.parseLong(stat[14]);
                }
            }
        }
        return ticks;
    }

    /** Fields after the command name of /proc/pid/stat (index 0 = state, 1 = ppid, 11 = utime, …). */
    private static String[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        }
        catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
