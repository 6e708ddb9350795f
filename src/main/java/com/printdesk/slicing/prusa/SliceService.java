package com.printdesk.slicing.prusa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.catalog.Catalog;
import com.printdesk.catalog.PrinterView;
import com.printdesk.shared.NotFound;
import com.printdesk.slicing.SliceJob;
import com.printdesk.slicing.SliceResult;
import com.printdesk.slicing.SliceState;
import com.printdesk.slicing.Slicing;

/**
 * {@link Slicing} on PrusaSlicer. The cache key is file hash + printer + settings hash, enforced by a
 * unique constraint, so two requests at once still make one row and one slicer run.
 */
@Service
class SliceService implements Slicing {

    private final SliceResults results;
    private final SliceQueue queue;
    private final SlicerRuntime runtime;
    private final Catalog catalog;
    private final Clock clock;

    SliceService(SliceResults results, SliceQueue queue, SlicerRuntime runtime, Catalog catalog, Clock clock) {
        this.results = results;
        this.queue = queue;
        this.runtime = runtime;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SliceResult request(SliceJob job) {
        PrinterView printer = catalog.printer(job.printerId())
                .orElseThrow(() -> new NotFound("printer " + job.printerId()));
        boolean estimate = runtime.executable().isEmpty();
        String hash = settingsHash(job, printer, estimate);
        Optional<SliceResult> cached = results.findByKey(job.fileSha256(), printer.id(), hash);
        if (cached.isPresent()) {
            return retriedIfWorthIt(cached.get());
        }
        OptionalLong inserted = results.insert(job, hash, SliceState.QUEUED, clock.instant());
        if (inserted.isEmpty()) {
            // a concurrent request inserted the same key and committed first
            return results.findByKey(job.fileSha256(), printer.id(), hash).orElseThrow();
        }
        long id = inserted.getAsLong();
        if (estimate) {
            results.complete(id, GeometricEstimate.of(job.facts(), job.settings()), true, null, "estimate", 0,
                    clock.instant());
        }
        else {
            queue.enqueue(id);
        }
        return results.find(id).orElseThrow();
    }

    /** A slice that crashed (not one that timed out or cannot fit) is queued again by the next request. */
    private SliceResult retriedIfWorthIt(SliceResult cached) {
        if (cached.state() == SliceState.FAILED && results.requeue(cached.id(), clock.instant())) {
            queue.enqueue(cached.id());
            return results.find(cached.id()).orElseThrow();
        }
        return cached;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SliceResult> result(long id) {
        return results.find(id);
    }

    /**
     * What decides the G-code besides the file: the client's slicer settings, the printer's profile
     * and build volume. An estimate has its own key, so a slicer installed later slices for real.
     */
    static String settingsHash(SliceJob job, PrinterView printer, boolean estimate) {
        String key = job.settings().slicerKey() + "|profile=" + printer.slicerProfile() + "|bed=" + printer.x() + "x"
                + printer.y() + "x" + printer.z() + (estimate ? "|estimate" : "");
        return (estimate ? "estimate-" : "") + sha256(key);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public int forgetUploadsUnder(String tmpPrefix) {
        if (tmpPrefix == null || !tmpPrefix.endsWith("/") || tmpPrefix.length() < 3) {
            throw new IllegalArgumentException("A tmp prefix ends with '/': " + tmpPrefix);
        }
        return results.forgetFinishedUnder(tmpPrefix);
    }
}
