package com.printdesk.slicing.prusa;

import static com.printdesk.slicing.prusa.SliceFixtures.launches;
import static com.printdesk.slicing.prusa.SliceFixtures.requireSlicer;
import static com.printdesk.slicing.prusa.SliceFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import com.printdesk.catalog.Catalog;
import com.printdesk.catalog.MaterialAdmin;
import com.printdesk.catalog.MaterialView;
import com.printdesk.catalog.PrinterAdmin;
import com.printdesk.catalog.PrinterView;
import com.printdesk.files.Bucket;
import com.printdesk.files.Storage;
import com.printdesk.slicing.SliceJob;
import com.printdesk.slicing.SliceResult;
import com.printdesk.slicing.SliceSettings;
import com.printdesk.slicing.SliceState;
import com.printdesk.slicing.Slicing;
import com.printdesk.slicing.SupportStyle;
import com.printdesk.support.IntegrationTest;

/**
 * Slices through the whole module: the queue, the real PrusaSlicer, storage and the cache. Each test
 * makes its own printer, so its cache keys are its own in the shared database.
 */
@IntegrationTest
class SlicingIntegrationTests {

    @Autowired
    Slicing slicing;
    @Autowired
    Storage storage;
    @Autowired
    MaterialAdmin materials;
    @Autowired
    PrinterAdmin printers;
    @Autowired
    SliceResults results;
    @Autowired
    SliceQueue queue;
    @Autowired
    Catalog catalog;
    @Autowired
    Clock clock;
    @Autowired
    ObjectProvider<MeterRegistry> meterProvider;

    SliceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SliceFixtures(slicing, storage, materials, printers);
    }

    @Test
    void anUploadIsSlicedOnTheQueueAndItsGcodeKeptBesideIt() throws Exception {
        requireSlicer();
        MaterialView pla = fixtures.material("1.24");
        SliceFixtures.Upload cube = fixtures.upload("xyz_calibration_cube.stl");
        double launches = launches();

        SliceResult queued = slicing.request(cube.job(fixtures.printer().id(), settings(pla, 15)));
        SliceResult done = fixtures.awaitFinished(queued.id());

        assertThat(queued.state()).isIn(SliceState.QUEUED, SliceState.RUNNING, SliceState.COMPLETED);
        assertThat(done.state()).as("failure: %s", done.failureReason()).isEqualTo(SliceState.COMPLETED);
        assertThat(done.estimate()).isFalse();
        assertThat(done.printTime()).isPositive();
        assertThat(done.filamentMm()).isPositive();
        assertThat(done.filamentCm3()).isPositive();
        assertThat(done.grams(pla.density()))
                .isEqualByComparingTo(done.filamentCm3().multiply(new BigDecimal("1.24"))
                        .setScale(2, RoundingMode.HALF_UP))
                .isPositive();
        assertThat(done.slicerVersion()).startsWith("PrusaSlicer-2.5.0");
        assertThat(done.gcodeKey()).startsWith(cube.key().substring(0, cube.key().lastIndexOf('/') + 1))
                .endsWith(".gcode");
        assertThat(new String(storage.getBytes(Bucket.TMP, done.gcodeKey()))).contains("; filament used [cm3] = ");
        assertThat(launches() - launches).isEqualTo(1);
    }

    @Test
    void theSameFileSettingsAndPrinterAreNeverSlicedTwice() throws Exception {
        requireSlicer();
        MaterialView pla = fixtures.material("1.24");
        MaterialView petg = fixtures.material("1.27");
        SliceFixtures.Upload cube = fixtures.upload("xyz_calibration_cube.stl");
        long printer = fixtures.printer().id();
        SliceResult first = fixtures.awaitFinished(slicing.request(cube.job(printer, settings(pla, 20))).id());
        double launches = launches();

        // the same file uploaded again, and in another material and quantity: the G-code would be the same
        SliceFixtures.Upload sameFile = fixtures.upload("xyz_calibration_cube.stl");
        SliceResult again = slicing.request(sameFile.job(printer, settings(pla, 20)));
        SliceResult otherMaterial = slicing.request(cube.job(printer, new SliceSettings(petg.id(),
                new BigDecimal("0.2"), 20, false, SupportStyle.GRID, 0, 5)));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.state()).isEqualTo(SliceState.COMPLETED);
        assertThat(otherMaterial.id()).isEqualTo(first.id());
        assertThat(otherMaterial.grams(petg.density())).isGreaterThan(first.grams(pla.density()));
        assertThat(launches() - launches).isZero();

        SliceResult otherInfill = slicing.request(cube.job(printer, settings(pla, 40)));
        assertThat(otherInfill.id()).isNotEqualTo(first.id());
        fixtures.awaitFinished(otherInfill.id());
        assertThat(launches() - launches).isEqualTo(1);
    }

    @Test
    void objectsThatCannotShareThePlateFailWithTheirSizesAndNoSlicerRun() throws Exception {
        requireSlicer();
        SliceFixtures.Upload counter = fixtures.upload("counter_oversize.stl");
        double launches = launches();

        SliceResult failed = fixtures.awaitFinished(slicing.request(
                counter.job(fixtures.printer().id(), settings(fixtures.material("1.24"), 15))).id());

        assertThat(failed.state()).isEqualTo(SliceState.FAILED);
        assertThat(failed.failureReason()).isEqualTo(
                "The model (304.8 × 304.4 × 25.8 mm) is larger than the printer's build volume "
                        + "(250 × 210 × 220 mm) whichever way it stands.");
        assertThat(failed.attempts()).isZero();
        // the same request again gets the same answer at once: it would fail the same way
        SliceResult again = slicing.request(
                counter.job(failed.printerId(), settings(fixtures.material("1.24"), 15)));
        assertThat(again.id()).isEqualTo(failed.id());
        assertThat(again.state()).isEqualTo(SliceState.FAILED);
        assertThat(launches() - launches).isZero();
    }

    @Test
    void aSliceThatCrashedIsQueuedAgainByTheNextRequest() throws Exception {
        requireSlicer();
        MaterialView pla = fixtures.material("1.24");
        SliceFixtures.Upload cube = fixtures.upload("xyz_calibration_cube.stl");
        PrinterView printer = fixtures.printer();
        SliceJob job = cube.job(printer.id(), settings(pla, 15));
        // as a worker leaves a slice whose PrusaSlicer crashed three times
        long id = results.insert(job, SliceService.settingsHash(job, printer, false), SliceState.QUEUED,
                clock.instant()).getAsLong();
        results.fail(id, "PrusaSlicer crashed 3 times (exit code 139: no message).", 3, true, clock.instant());
        double launches = launches();

        SliceResult retried = slicing.request(job);
        SliceResult done = fixtures.awaitFinished(id);

        assertThat(retried.id()).isEqualTo(id);
        assertThat(retried.state()).isNotEqualTo(SliceState.FAILED);
        assertThat(done.state()).isEqualTo(SliceState.COMPLETED);
        assertThat(done.failureReason()).isNull();
        assertThat(launches() - launches).isEqualTo(1);
    }

    @Test
    void aBurstWaitsInLineAndRunsOneSliceAtATime() throws Exception {
        requireSlicer();
        MaterialView pla = fixtures.material("1.24");
        SliceFixtures.Upload cube = fixtures.upload("xyz_calibration_cube.stl");
        long printer = fixtures.printer().id();

        List<Long> ids = new ArrayList<>();
        for (int infill : new int[] {5, 10, 25, 30}) {
            ids.add(slicing.request(cube.job(printer, settings(pla, infill))).id());
        }
        List<SliceResult> done = new ArrayList<>();
        for (long id : ids) {
            done.add(fixtures.awaitFinished(id));
        }

        assertThat(done).extracting(SliceResult::state).containsOnly(SliceState.COMPLETED);
        // SLICER_CONCURRENCY defaults to 1: no two slices of one worker were ever running together (a second
        // instance started by a cluster test is a second worker and may take some of them)
        for (SliceResult a : done) {
            for (SliceResult b : done) {
                if (a != b && a.worker().equals(b.worker())) {
                    assertThat(a.finishedAt().isBefore(b.startedAt()) || b.finishedAt().isBefore(a.startedAt()))
                            .as("slices %d and %d overlapped", a.id(), b.id()).isTrue();
                }
            }
        }
        assertThat(done).extracting(SliceResult::filamentCm3).doesNotHaveDuplicates();
    }

    @Test
    void withTheSlicerDisabledAnUploadIsEstimatedAtOnce() throws Exception {
        MaterialView pla = fixtures.material("1.24");
        SliceFixtures.Upload cube = fixtures.upload("xyz_calibration_cube.stl");
        long printer = fixtures.printer().id();
        SlicerRuntime disabled = new SlicerRuntime(
                new SlicerProperties("prusa-slicer", true, 1, Duration.ofMinutes(2), Duration.ofSeconds(5)),
                meterProvider);
        Slicing withoutSlicer = new SliceService(results, queue, disabled, catalog, clock);
        double launches = launches();

        SliceResult estimate = withoutSlicer.request(cube.job(printer, settings(pla, 15)));

        assertThat(estimate.state()).isEqualTo(SliceState.COMPLETED);
        assertThat(estimate.estimate()).isTrue();
        assertThat(estimate.gcodeKey()).isNull();
        GcodeMetadata.Figures expected = GeometricEstimate.of(SliceFixtures.CUBE_FACTS, settings(pla, 15));
        assertThat(estimate.filamentCm3()).isEqualByComparingTo(expected.filamentCm3());
        assertThat(estimate.printTime()).isEqualTo(expected.printTime());
        assertThat(withoutSlicer.request(cube.job(printer, settings(pla, 15))).id()).isEqualTo(estimate.id());
        assertThat(launches() - launches).isZero();
    }

    @Test
    void aMissingSlicerAlsoGivesAnEstimateThatARealSliceLaterDoesNotReuse() throws Exception {
        MaterialView pla = fixtures.material("1.24");
        SliceFixtures.Upload cube = fixtures.upload("xyz_calibration_cube.stl");
        long printer = fixtures.printer().id();
        SlicerRuntime missing = new SlicerRuntime(new SlicerProperties("/nowhere/prusa-slicer", false, 1,
                Duration.ofMinutes(2), Duration.ofSeconds(5)), meterProvider);

        SliceResult estimate = new SliceService(results, queue, missing, catalog, clock)
                .request(cube.job(printer, settings(pla, 15)));

        assertThat(estimate.estimate()).isTrue();
        assertThat(estimate.state()).isEqualTo(SliceState.COMPLETED);
        requireSlicer();
        SliceResult real = fixtures.awaitFinished(slicing.request(cube.job(printer, settings(pla, 15))).id());
        assertThat(real.id()).isNotEqualTo(estimate.id());
        assertThat(real.estimate()).isFalse();
    }
}
