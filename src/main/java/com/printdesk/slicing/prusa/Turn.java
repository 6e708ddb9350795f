package com.printdesk.slicing.prusa;

import java.util.List;

/**
 * An axis-aligned quarter turn of a model, never a mirror image: new axis {@code i} is old axis
 * {@code axes[i]}, negated where {@code signs[i]} is −1 (a swap of two axes needs one negation to stay
 * a rotation). {@link #PREFERRED} lists the six ways a box can stand, upright ones first: a model is
 * only laid down when standing it up does not fit, because orientation changes how it prints.
 */
record Turn(String name, int[] axes, int[] signs) {

    static final Turn NONE = new Turn("as drawn", new int[] {0, 1, 2}, new int[] {1, 1, 1});

    static final List<Turn> PREFERRED = List.of(NONE,
            new Turn("turned a quarter on the bed", new int[] {1, 0, 2}, new int[] {1, -1, 1}),
            new Turn("laid down", new int[] {0, 2, 1}, new int[] {1, -1, 1}),
            new Turn("laid down", new int[] {2, 1, 0}, new int[] {-1, 1, 1}),
            new Turn("laid down", new int[] {1, 2, 0}, new int[] {1, 1, 1}),
            new Turn("laid down", new int[] {2, 0, 1}, new int[] {1, 1, 1}));

    /** The box after turning: sizes follow the axes; a negated axis swaps its min and max. */
    BinaryStl.Bounds apply(BinaryStl.Bounds b) {
        double[] min = {b.minX(), b.minY(), b.minZ()};
        double[] max = {b.maxX(), b.maxY(), b.maxZ()};
        double[] newMin = new double[3];
        double[] newMax = new double[3];
        for (int i = 0; i < 3; i++) {
            newMin[i] = signs[i] > 0 ? min[axes[i]] : -max[axes[i]];
            newMax[i] = signs[i] > 0 ? max[axes[i]] : -min[axes[i]];
        }
        return new BinaryStl.Bounds(newMin[0], newMin[1], newMin[2], newMax[0], newMax[1], newMax[2]);
    }

    /** Turns one point (or normal) in place: {@code xyz} holds the three coordinates from {@code at}. */
    void apply(float[] xyz) {
        float x = xyz[0], y = xyz[1], z = xyz[2];
        float[] old = {x, y, z};
        for (int i = 0; i < 3; i++) {
            xyz[i] = signs[i] * old[axes[i]];
        }
    }
}
