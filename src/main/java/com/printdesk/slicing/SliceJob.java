package com.printdesk.slicing;

import java.util.List;
import java.util.Objects;

/**
 * A request to slice one uploaded file on one printer.
 *
 * @param fileSha256 the upload's content hash (lower-case hex): with printer and settings, the cache key
 * @param tmpFileKey the upload's key in the {@code tmp} bucket; the G-code is stored beside it
 * @param meshKeys {@code tmp} keys of the normalised binary STLs the geometry analysis wrote, one per
 *        object; all of them are arranged on one plate
 * @param facts volume and surface area of the whole file, for the estimate when no slicer runs
 */
public record SliceJob(String fileSha256, String tmpFileKey, List<String> meshKeys, MeshFacts facts, long printerId,
        SliceSettings settings) {

    public SliceJob {
        Objects.requireNonNull(fileSha256, "fileSha256");
        Objects.requireNonNull(tmpFileKey, "tmpFileKey");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(settings, "settings");
        if (!fileSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("fileSha256 must be 64 lower-case hex digits");
        }
        meshKeys = List.copyOf(meshKeys);
        if (meshKeys.isEmpty()) {
            throw new IllegalArgumentException("A slice needs at least one mesh");
        }
    }
}
