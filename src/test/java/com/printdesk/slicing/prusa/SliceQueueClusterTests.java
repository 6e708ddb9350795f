package com.printdesk.slicing.prusa;

import static com.printdesk.slicing.prusa.SliceFixtures.launches;
import static com.printdesk.slicing.prusa.SliceFixtures.requireSlicer;
import static com.printdesk.slicing.prusa.SliceFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.printdesk.catalog.MaterialAdmin;
import com.printdesk.catalog.MaterialView;
import com.printdesk.catalog.PrinterAdmin;
import com.printdesk.files.Storage;
import com.printdesk.slicing.SliceResult;
import com.printdesk.slicing.SliceState;
import com.printdesk.slicing.Slicing;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.SecondInstance;

/** Two instances working one slice queue: every slice runs exactly once, on one of them. */
@IntegrationTest
class SliceQueueClusterTests {

    @Autowired
    Slicing slicing;
    @Autowired
    Storage storage;
    @Autowired
    MaterialAdmin materials;
    @Autowired
    PrinterAdmin printers;

    @Test
    void twoWorkersOnOneQueueSliceEachRequestOnce() throws Exception {
        requireSlicer();
        SecondInstance.context(); // a second worker polling slice_tasks
        SliceFixtures fixtures = new SliceFixtures(slicing, storage, materials, printers);
        MaterialView pla = fixtures.material("1.24");
        SliceFixtures.Upload cube = fixtures.upload("xyz_calibration_cube.stl");
        long printer = fixtures.printer().id();
        double launches = launches();

        List<Long> ids = new ArrayList<>();
        for (int infill : new int[] {11, 12, 13, 14, 16, 17}) {
            ids.add(slicing.request(cube.job(printer, settings(pla, infill))).id());
        }
        List<SliceResult> done = new ArrayList<>();
        for (long id : ids) {
            done.add(fixtures.awaitFinished(id));
        }

        assertThat(done).extracting(SliceResult::state).containsOnly(SliceState.COMPLETED);
        assertThat(done).extracting(SliceResult::attempts).containsOnly(1);
        assertThat(launches() - launches).as("slicer processes started by both instances").isEqualTo(ids.size());
    }
}
