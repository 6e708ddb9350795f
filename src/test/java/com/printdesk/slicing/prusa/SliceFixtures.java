package com.printdesk.slicing.prusa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

import com.printdesk.catalog.MaterialAdmin;
import com.printdesk.catalog.MaterialForm;
import com.printdesk.catalog.MaterialType;
import com.printdesk.catalog.MaterialView;
import com.printdesk.catalog.PrinterAdmin;
import com.printdesk.catalog.PrinterForm;
import com.printdesk.catalog.PrinterStatus;
import com.printdesk.catalog.PrinterView;
import com.printdesk.files.Bucket;
import com.printdesk.files.Storage;
import com.printdesk.files.StorageKeys;
import com.printdesk.slicing.MeshFacts;
import com.printdesk.slicing.SliceJob;
import com.printdesk.slicing.SliceResult;
import com.printdesk.slicing.SliceSettings;
import com.printdesk.slicing.Slicing;
import com.printdesk.slicing.SupportStyle;
import com.printdesk.support.ExternalTools;

/**
 * Catalog entries, uploads and waiting for slices, for the slicing integration tests. Each test makes
 * its own printer, so its cache keys are its own in the shared database. A plain class, not a bean.
 */
final class SliceFixtures {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final MeshFacts CUBE_FACTS = new MeshFacts(7938.7, 2700, 20, 20, 20);

    private final Slicing slicing;
    private final Storage storage;
    private final MaterialAdmin materials;
    private final PrinterAdmin printers;

    SliceFixtures(Slicing slicing, Storage storage, MaterialAdmin materials, PrinterAdmin printers) {
        this.slicing = slicing;
        this.storage = storage;
        this.materials = materials;
        this.printers = printers;
    }

    /** An upload in {@code tmp}; until the geometry analysis writes normalised STLs, the file is its own mesh. */
    record Upload(String key, String sha256) {

        SliceJob job(long printerId, SliceSettings settings) {
            return new SliceJob(sha256, key, List.of(key), CUBE_FACTS, printerId, settings);
        }
    }

    static void requireSlicer() {
        ExternalTools.require("PrusaSlicer", RealPrusaSlicerTests.PRUSA_SLICER);
    }

    /** Slicer processes started by every instance in this JVM (each registers its registry globally). */
    static double launches() {
        return Metrics.globalRegistry.getRegistries().stream()
                .map(registry -> registry.find("printdesk.slicer.launches").counter())
                .filter(Objects::nonNull)
                .mapToDouble(Counter::count)
                .sum();
    }

    static SliceSettings settings(MaterialView material, int infill) {
        return new SliceSettings(material.id(), new BigDecimal("0.20"), infill, false, SupportStyle.GRID, 0, 1);
    }

    SliceResult awaitFinished(long id) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        SliceResult result = slicing.result(id).orElseThrow();
        while (!result.state().finished() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            result = slicing.result(id).orElseThrow();
        }
        assertThat(result.state().finished()).as("slice %d finished within %s", id, PATIENCE).isTrue();
        return result;
    }

    MaterialView material(String density) {
        return materials.create(new MaterialForm("PLA " + UUID.randomUUID().toString().substring(0, 8),
                MaterialType.PLA, "Orange", new BigDecimal(density), new BigDecimal("0.0500"), 0));
    }

    PrinterView printer() {
        return printers.create(new PrinterForm("Slicer test " + UUID.randomUUID().toString().substring(0, 8),
                "Original Prusa i3 MK3S+", 250, 210, 220, new BigDecimal("0.4"), "prusa-mk3s-250x210x220",
                Set.of(), PrinterStatus.IDLE, 0));
    }

    Upload upload(String model) throws Exception {
        byte[] bytes = Files.readAllBytes(TestMeshes.model(model));
        String key = StorageKeys.tmpUpload(4242, model);
        storage.put(Bucket.TMP, key, bytes, "model/stl");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return new Upload(key, sha);
    }
}
