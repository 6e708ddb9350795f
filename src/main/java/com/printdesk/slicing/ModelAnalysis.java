package com.printdesk.slicing;

import java.util.List;
import java.util.Optional;

/**
 * What the geometry check found in one upload. Totals add up the objects; {@code bounds} is the
 * box around all of them as placed in the file.
 *
 * <p>{@code openEdges} are edges used by one triangle only (holes: the volume is then an estimate
 * and the upload gets a warning); {@code nonManifoldEdges} are used by more than two (parts that
 * touch along an edge: the slicer copes, so they only show in {@link #watertight()}).
 */
public record ModelAnalysis(String fileName, ModelFormat format, long triangles, BoundingBox bounds,
        double volumeMm3, double surfaceAreaMm2, int shells, long openEdges, long nonManifoldEdges,
        List<ModelObject> objects, Optional<UnitSuggestion> unitSuggestion, List<String> warnings) {

    public ModelAnalysis {
        objects = List.copyOf(objects);
        warnings = List.copyOf(warnings);
    }

    public double volumeCm3() {
        return volumeMm3 / 1000.0;
    }

    /** Every edge is shared by exactly two triangles. */
    public boolean watertight() {
        return openEdges == 0 && nonManifoldEdges == 0;
    }

    /** Every object fits the volume in one of its 6 axis-aligned orientations (objects are arranged, not kept as laid out). */
    public boolean fitsOn(BuildVolume volume) {
        return objects.stream().allMatch(o -> volume.fits(o.bounds()));
    }

    public boolean fitsAnyOf(List<BuildVolume> volumes) {
        return volumes.stream().anyMatch(this::fitsOn);
    }

    /** The largest object's box: what a "too large" message quotes. */
    public BoundingBox largestObjectBounds() {
        return objects.stream().map(ModelObject::bounds)
                .max(java.util.Comparator.comparingDouble(BoundingBox::largestSide)).orElse(bounds);
    }
}
