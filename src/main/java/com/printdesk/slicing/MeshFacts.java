package com.printdesk.slicing;

/**
 * What the geometric estimate needs of a model (all objects of one file together), as the geometry
 * analysis measured it: volume in mm³, surface area in mm² and the bounding box's size in mm.
 */
public record MeshFacts(double volumeMm3, double surfaceAreaMm2, double sizeXMm, double sizeYMm, double sizeZMm) {

    public MeshFacts {
        if (!(volumeMm3 >= 0) || !(surfaceAreaMm2 >= 0)) {
            throw new IllegalArgumentException("Volume and surface area must be finite and not negative");
        }
    }

    /** The same model with every coordinate multiplied by {@code factor}. */
    public MeshFacts scaled(double factor) {
        return new MeshFacts(volumeMm3 * factor * factor * factor, surfaceAreaMm2 * factor * factor,
                sizeXMm * factor, sizeYMm * factor, sizeZMm * factor);
    }
}
