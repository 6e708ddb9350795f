package com.printdesk.slicing;

import java.util.Optional;

/**
 * What a printer can hold, in millimetres. Callers map their printers to this (catalog's
 * {@code PrinterView} has x, y, z), so the analysis needs no Spring and no catalog.
 */
public record BuildVolume(String name, double x, double y, double z) {

    private static final int[][] ORIENTATIONS = { { 0, 1, 2 }, { 0, 2, 1 }, { 1, 0, 2 }, { 1, 2, 0 }, { 2, 0, 1 },
            { 2, 1, 0 } };

    /** Whether the box fits when turned onto any of its 6 axis-aligned orientations. */
    public boolean fits(BoundingBox box) {
        return orientationFor(box).isPresent();
    }

    /** The box's sides as they would stand in this volume (x, y, z), if some orientation fits. */
    public Optional<double[]> orientationFor(BoundingBox box) {
        double[] sides = { box.sizeX(), box.sizeY(), box.sizeZ() };
        for (int[] o : ORIENTATIONS) {
            if (sides[o[0]] <= x && sides[o[1]] <= y && sides[o[2]] <= z) {
                return Optional.of(new double[] { sides[o[0]], sides[o[1]], sides[o[2]] });
            }
        }
        return Optional.empty();
    }

    /** "250 × 210 × 220 mm" */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%.0f × %.0f × %.0f mm", x, y, z);
    }
}
