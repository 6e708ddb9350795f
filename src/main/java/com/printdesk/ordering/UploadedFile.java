package com.printdesk.ordering;

import java.util.List;

import com.printdesk.slicing.BoundingBox;
import com.printdesk.slicing.UnitSuggestion;

/**
 * A model the client uploaded and the geometry check accepted, as stored in {@code tmp_files}.
 *
 * @param unitSuggestion null when the model's size is plausible in millimetres
 */
record UploadedFile(long id, long ownerUserId, long clientId, String storageKey, List<String> meshKeys,
        String originalName, long sizeBytes, String sha256, String format, long triangles, int objects,
        BoundingBox bounds, double volumeMm3, double surfaceAreaMm2, boolean watertight, List<String> warnings,
        UnitSuggestion unitSuggestion) {

    UploadedFile {
        meshKeys = List.copyOf(meshKeys);
        warnings = List.copyOf(warnings);
    }

    double volumeCm3() {
        return volumeMm3 / 1000.0;
    }
}
