package com.printdesk.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.files.Bucket;
import com.printdesk.files.Storage;
import com.printdesk.files.StoredObject;
import com.printdesk.slicing.SliceJob;
import com.printdesk.slicing.SliceResult;
import com.printdesk.slicing.SliceSettings;
import com.printdesk.slicing.Slicing;
import com.printdesk.slicing.SupportStyle;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.MovableClock;
import com.printdesk.support.TestData;

/**
 * The tmp cleaner with a moved clock: an upload nobody ordered goes after 24 hours with every object in
 * its folder and the slice results that pointed there; an upload a checkout attempt orders stays while
 * the attempt is open, paid or retained, and goes once the attempt has passed its retention.
 */
@IntegrationTest
class TmpCleanerIntegrationTests {

    @Autowired
    TmpCleaner cleaner;
    @Autowired
    MovableClock clock;
    @Autowired
    TestData data;
    @Autowired
    ShopOrderFixtures shop;
    @Autowired
    ShopFixtures catalog;
    @Autowired
    TmpFiles tmpFiles;
    @Autowired
    Storage storage;
    @Autowired
    Slicing slicing;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void anUnclaimedUploadGoesAfterADayWithItsFolderAndItsSliceResults() throws Exception {
        AccountPrincipal me = data.client();
        UploadedFile upload = shop.upload(me, "xyz_calibration_cube.stl").get(0);
        String folder = folderOf(upload);
        var material = shop.material();
        SliceResult slice = slicing.request(new SliceJob(upload.sha256(), upload.storageKey(), upload.meshKeys(),
                new com.printdesk.slicing.MeshFacts(upload.volumeMm3(), upload.surfaceAreaMm2(), 20, 20, 20),
                catalog.printer(material, "3.0000", false).id(), new SliceSettings(material.id(),
                        new java.math.BigDecimal("0.20"), 20, false, SupportStyle.GRID, 0, 1)));
        ShopOrderFixtures.await("the slice to finish", () -> slicing.result(slice.id()).orElseThrow().state().finished());
        assertThat(storage.list(Bucket.TMP, folder)).hasSizeGreaterThanOrEqualTo(2);

        clock.advance(Duration.ofHours(23));
        cleaner.run();
        assertThat(tmpFiles.find(upload.id(), me.userId())).as("not a day old yet").isPresent();

        clock.advance(Duration.ofHours(2));
        assertThat(cleaner.run().uploads()).isPositive();

        assertThat(tmpFiles.find(upload.id(), me.userId())).isEmpty();
        assertThat(slicing.result(slice.id())).as("the slice that pointed into the folder").isEmpty();
        awaitDeletesAfterCommit();
        ShopOrderFixtures.await("the folder's objects to be deleted after commit",
                () -> storage.list(Bucket.TMP, folder).isEmpty());
    }

    @Test
    void anUploadAnAttemptOrdersStaysUntilTheAttemptHasPassedItsRetention() throws Exception {
        AccountPrincipal me = data.client();
        UploadedFile ordered = shop.upload(me, "xyz_calibration_cube.stl").get(0);
        long attemptId = shop.attempt(me, ShopOrderFixtures.PICKUP, shop.material().id(), List.of(ordered),
                Duration.ofHours(24));

        clock.advance(Duration.ofDays(2));
        cleaner.run();
        assertThat(tmpFiles.find(ordered.id(), me.userId())).as("held by an open attempt").isPresent();

        jdbc.sql("UPDATE checkout_attempts SET status = 'EXPIRED' WHERE id = ?").param(attemptId).update();
        cleaner.run();
        assertThat(tmpFiles.find(ordered.id(), me.userId())).as("held while the attempt is retained").isPresent();

        clock.advance(Duration.ofDays(3));
        TmpCleaner.Cleaned cleaned = cleaner.run();

        assertThat(cleaned.attempts()).isPositive();
        assertThat(shop.attempts.find(attemptId)).isEmpty();
        assertThat(tmpFiles.find(ordered.id(), me.userId())).isEmpty();
        awaitDeletesAfterCommit();
        ShopOrderFixtures.await("the upload's objects to be deleted after commit",
                () -> storage.list(Bucket.TMP, folderOf(ordered)).isEmpty());
    }

    @Test
    void aPaidAttemptKeepsItsUploadHoweverOldUntilItsOrderIsBuilt() throws Exception {
        AccountPrincipal me = data.client();
        UploadedFile ordered = shop.upload(me, "xyz_calibration_cube.stl").get(0);
        long attemptId = shop.attempt(me, ShopOrderFixtures.PICKUP, shop.material().id(), List.of(ordered),
                Duration.ofHours(24));
        jdbc.sql("UPDATE checkout_attempts SET status = 'PAID', payment_id = ? WHERE id = ?")
                .params(-attemptId, attemptId).update();

        clock.advance(Duration.ofDays(30));
        cleaner.run();

        assertThat(shop.attempts.find(attemptId)).isPresent();
        assertThat(tmpFiles.find(ordered.id(), me.userId())).isPresent();
        assertThat(storage.list(Bucket.TMP, folderOf(ordered))).extracting(StoredObject::key)
                .contains(ordered.storageKey());
    }

    /**
     * The deletes were scheduled at the moved clock's "now", days ahead of the scheduler's wall clock:
     * with the clock put back, they are brought forward to run at once.
     */
    private void awaitDeletesAfterCommit() {
        clock.reset();
        jdbc.sql("UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = 'delete-stored-object' "
                + "AND execution_time > now() AND picked = FALSE").update();
    }

    private static String folderOf(UploadedFile upload) {
        return upload.storageKey().substring(0, upload.storageKey().lastIndexOf('/') + 1);
    }
}
