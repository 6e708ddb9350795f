package com.printdesk.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.printdesk.shared.NotFound;
import com.printdesk.support.IntegrationTest;

/** Claiming uploads into order files: one copy per source, never an orphaned object. */
@IntegrationTest
class OrderFilesIntegrationTests {

    static final byte[] MODEL = "solid part\nendsolid part\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    OrderFiles orderFiles;

    @Autowired
    OrderFileFixtures fixtures;

    @Autowired
    OrderFileRows rows;

    @Autowired
    Storage storage;

    @Autowired
    TransactionTemplate transactions;

    /** Each test its own client and invoice IDs, so listing the client's prefix shows only its objects. */
    final long clientId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
    final long invoiceId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);

    @Test
    void aClaimCopiesTheUploadAndRemovesTheTmpObjectOnlyAfterCommit() throws Exception {
        String tmp = fixtures.tmpUpload("Bracket v2.stl", MODEL);

        OrderFileView file = transactions.execute(status -> {
            OrderFileView claimed = orderFiles.claim(claim(tmp, "upload-1", OrderFileKind.MODEL, "Bracket v2.stl"));
            assertThat(storage.exists(Bucket.TMP, tmp)).as("kept until the commit").isTrue();
            return claimed;
        });

        assertThat(file.name()).isEqualTo("Bracket v2.stl");
        assertThat(file.sizeBytes()).isEqualTo(MODEL.length);
        assertThat(file.contentType()).isEqualTo("model/stl");
        assertThat(file.kind()).isEqualTo(OrderFileKind.MODEL);
        String key = fixtures.keyOf(file.id());
        assertThat(key).startsWith(clientId + "/").endsWith("/Bracket v2.stl");
        assertThat(storage.getBytes(Bucket.ORDER_FILES, key)).isEqualTo(MODEL);
        assertThat(orderFiles.forInvoice(invoiceId)).containsExactly(file);
        eventually(() -> !storage.exists(Bucket.TMP, tmp));
    }

    @Test
    void claimingTheSameSourceAgainReturnsTheFileAndCopiesNothing() {
        OrderFileView first = orderFiles.claim(claim(fixtures.tmpUpload("a.stl", MODEL), "upload-7",
                OrderFileKind.MODEL, "a.stl"));
        String secondTmp = fixtures.tmpUpload("a.stl", MODEL);

        OrderFileView again = orderFiles.claim(claim(secondTmp, "upload-7", OrderFileKind.MODEL, "a.stl"));

        assertThat(again).isEqualTo(first);
        assertThat(orderFiles.forInvoice(invoiceId)).hasSize(1);
        assertThat(storage.list(Bucket.ORDER_FILES, clientId + "/")).hasSize(1);
        assertThat(storage.exists(Bucket.TMP, secondTmp)).as("a repeated claim touches nothing").isTrue();
    }

    @Test
    void aClaimInARolledBackTransactionLeavesNoObjectAndCanBeMadeAgain() {
        String tmp = fixtures.tmpUpload("rolled-back.stl", MODEL);

        transactions.executeWithoutResult(status -> {
            orderFiles.claim(claim(tmp, "upload-9", OrderFileKind.MODEL, "rolled-back.stl"));
            assertThat(storage.list(Bucket.ORDER_FILES, clientId + "/")).hasSize(1);
            status.setRollbackOnly();
        });

        assertThat(orderFiles.forInvoice(invoiceId)).isEmpty();
        assertThat(storage.list(Bucket.ORDER_FILES, clientId + "/")).isEmpty();
        assertThat(storage.exists(Bucket.TMP, tmp)).isTrue();
        OrderFileView retried = orderFiles.claim(claim(tmp, "upload-9", OrderFileKind.MODEL, "rolled-back.stl"));
        assertThat(storage.getBytes(Bucket.ORDER_FILES, fixtures.keyOf(retried.id()))).isEqualTo(MODEL);
    }

    @Test
    void twoClaimsOfOneSourceAtOnceMakeOneFileAndOneObject() throws Exception {
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<OrderFileView> first = threads.submit(() -> transactions.execute(status -> {
                OrderFileView file = orderFiles.claim(claim(fixtures.tmpUpload("race.stl", MODEL), "upload-r",
                        OrderFileKind.MODEL, "race.stl"));
                firstInserted.countDown();
                await(releaseFirst);
                return file;
            }));
            assertThat(firstInserted.await(20, TimeUnit.SECONDS)).isTrue();
            Future<OrderFileView> second = threads.submit(() -> orderFiles.claim(claim(
                    fixtures.tmpUpload("race.stl", MODEL), "upload-r", OrderFileKind.MODEL, "race.stl")));
            Thread.sleep(500); // the second claim now waits on the first one's uncommitted row
            releaseFirst.countDown();

            assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo(first.get(20, TimeUnit.SECONDS));
        }
        finally {
            releaseFirst.countDown();
            threads.shutdown();
        }
        assertThat(orderFiles.forInvoice(invoiceId)).hasSize(1);
        assertThat(storage.list(Bucket.ORDER_FILES, clientId + "/")).hasSize(1);
    }

    @Test
    void theGuardDeletesACopyNoClaimCommittedAndKeepsAClaimedOne() {
        String orphan = StorageKeys.orderFile(clientId, "orphan.stl");
        storage.put(Bucket.ORDER_FILES, orphan, MODEL, "model/stl");
        OrderFileView claimed = fixtures.create(clientId, invoiceId, OrderFileKind.MODEL, "kept.stl", MODEL);
        String kept = fixtures.keyOf(claimed.id());

        assertThat(DiscardUnclaimedOrderFileTask.discardIfUnclaimed(rows, orphan, this::deleteNow)).isTrue();
        assertThat(DiscardUnclaimedOrderFileTask.discardIfUnclaimed(rows, kept, this::deleteNow)).isFalse();

        assertThat(storage.exists(Bucket.ORDER_FILES, orphan)).isFalse();
        assertThat(storage.exists(Bucket.ORDER_FILES, kept)).isTrue();
    }

    @Test
    void aClaimOfAMissingUploadIsNotFoundAndLeavesNothing() {
        assertThatThrownBy(() -> orderFiles.claim(claim(StorageKeys.tmpUpload(1, "gone.stl"), "upload-x",
                OrderFileKind.MODEL, "gone.stl"))).isInstanceOf(NotFound.class);
        assertThat(orderFiles.forInvoice(invoiceId)).isEmpty();
        assertThat(storage.list(Bucket.ORDER_FILES, clientId + "/")).isEmpty();
    }

    @Test
    void clientsSeeTheirModelsButNeverTheGcodeOrAnotherClientsFiles() {
        OrderFileView model = fixtures.create(clientId, invoiceId, OrderFileKind.MODEL, "part.stl", MODEL);
        OrderFileView gcode = fixtures.create(clientId, invoiceId, OrderFileKind.GCODE, "part.gcode",
                "G28\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(orderFiles.forInvoice(invoiceId)).containsExactly(model, gcode);
        assertThat(orderFiles.forClient(invoiceId, clientId)).containsExactly(model);
        assertThat(orderFiles.forClient(invoiceId, clientId + 1)).isEmpty();
        assertThat(orderFiles.downloadForClient(model.id(), clientId).name()).isEqualTo("part.stl");
        assertThatThrownBy(() -> orderFiles.downloadForClient(gcode.id(), clientId)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> orderFiles.downloadForClient(model.id(), clientId + 1)).isInstanceOf(NotFound.class);
        assertThat(orderFiles.downloadForAdmin(gcode.id()).url().toString()).contains("part.gcode");
    }

    @Test
    void deletingRemovesTheRowAtOnceAndTheObjectAfterCommit() throws Exception {
        OrderFileView file = fixtures.create(clientId, invoiceId, OrderFileKind.MODEL, "old.stl", MODEL);
        String key = fixtures.keyOf(file.id());

        orderFiles.delete(file.id());

        assertThat(orderFiles.find(file.id())).isEmpty();
        eventually(() -> !storage.exists(Bucket.ORDER_FILES, key));
        assertThatThrownBy(() -> orderFiles.delete(file.id())).isInstanceOf(NotFound.class);
    }

    private OrderFileClaim claim(String tmpKey, String sourceRef, OrderFileKind kind, String name) {
        return new OrderFileClaim(clientId, invoiceId, kind, tmpKey, name, sourceRef);
    }

    private void deleteNow(String key) {
        storage.delete(Bucket.ORDER_FILES, key);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    static List<String> names(List<OrderFileView> files) {
        return files.stream().map(OrderFileView::name).toList();
    }
}
