package com.printdesk.slicing.prusa;

import static com.printdesk.slicing.prusa.SliceFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.printdesk.catalog.MaterialAdmin;
import com.printdesk.catalog.MaterialView;
import com.printdesk.catalog.PrinterAdmin;
import com.printdesk.files.Storage;
import com.printdesk.slicing.SliceResult;
import com.printdesk.slicing.SliceState;
import com.printdesk.support.IntegrationTest;

/**
 * {@code SLICER_CONCURRENCY} caps the slicer processes of a worker: a burst of ten queued slices on a
 * worker with concurrency 2 runs two at a time, never three, and every one completes. The slicer is a
 * shell script that logs when each process starts and stops and takes 0.4 s, so the test is fast and
 * does not depend on PrusaSlicer's speed.
 */
@IntegrationTest
class SliceQueueConcurrencyTests {

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

    @Test
    void tenQueuedSlicesNeverRunMoreThanTwoSlicerProcessesAtOnceWithConcurrencyTwo() throws Exception {
        Path runs = dir.resolve("runs.log");
        SlicerProperties concurrencyTwo = new SlicerProperties(fakeSlicer(runs).toString(), false, 2,
                Duration.ofSeconds(30), Duration.ofSeconds(5));
        try (IsolatedSliceQueue worker = new IsolatedSliceQueue(context, "slice_cap_test", concurrencyTwo)) {
            SliceFixtures fixtures = new SliceFixtures(worker.slicing(), storage, materials, printers);
            MaterialView pla = fixtures.material("1.24");
            SliceFixtures.Upload cube = fixtures.upload("xyz_calibration_cube.stl");
            long printer = fixtures.printer().id();

            List<Long> ids = new ArrayList<>();
            for (int infill = 1; infill <= 10; infill++) {
                ids.add(worker.slicing().request(cube.job(printer, settings(pla, infill))).id());
            }
            List<SliceResult> done = new ArrayList<>();
            for (long id : ids) {
                done.add(fixtures.awaitFinished(id));
            }

            assertThat(done).extracting(SliceResult::state).containsOnly(SliceState.COMPLETED);
            assertThat(done).extracting(SliceResult::estimate).containsOnly(false);
            assertThat(done).extracting(SliceResult::attempts).containsOnly(1);
            assertThat(worker.launches()).isEqualTo(10);
            List<Event> events = events(runs);
            assertThat(events).filteredOn(Event::start).hasSize(10);
            assertThat(events).filteredOn(e -> !e.start()).hasSize(10);
            assertThat(peak(events)).as("most slicer processes running at once").isEqualTo(2);
        }
    }

    /** One line per process start or stop, written by the fake slicer itself. */
    record Event(boolean start, long nanos) {
    }

    static List<Event> events(Path runs) throws IOException {
        return Files.readAllLines(runs).stream()
                .map(line -> line.split(" "))
                .map(f -> new Event(f[0].equals("start"), Long.parseLong(f[2])))
                .toList();
    }

    /** The most processes between a start and its stop at any moment. */
    static int peak(List<Event> events) {
        int running = 0;
        int peak = 0;
        for (Event e : events.stream().sorted(Comparator.comparingLong(Event::nanos)).toList()) {
            running += e.start() ? 1 : -1;
            peak = Math.max(peak, running);
        }
        return peak;
    }

    /** Answers --help like PrusaSlicer, otherwise takes 0.4 s and writes G-code with the figures. */
    private Path fakeSlicer(Path runs) throws IOException {
        Path script = dir.resolve("fake-prusa-slicer.sh");
        Files.writeString(script, """
                #!/bin/sh
                if [ "$1" = --help ]; then echo 'PrusaSlicer-fake'; exit 0; fi
                echo "start $$ $(date +%%s%%N)" >> %1$s
                sleep 0.4
                out=''; prev=''; for a in "$@"; do [ "$prev" = --output ] && out=$a; prev=$a; done
                printf '; filament used [mm] = 10.5\\n; filament used [cm3] = 0.03\\n; estimated printing time (normal mode) = 1m 5s\\n' > "$out"
                echo "stop $$ $(date +%%s%%N)" >> %1$s
                """.formatted(runs));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
