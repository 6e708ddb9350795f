package com.printdesk.slicing.geometry;

/**
 * A 3MF transform: 3×4 affine, row-vector convention as the spec writes it
 * ({@code m00 m01 m02 m10 m11 m12 m20 m21 m22 m30 m31 m32}, x' = x·m00 + y·m10 + z·m20 + m30).
 */
final class Affine {

    static final Affine IDENTITY = new Affine(new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0 });

    final double[] m;

    private Affine(double[] m) {
        this.m = m;
    }

    /** Parses the attribute; translations are multiplied by {@code unit} (mm per model unit). */
    static Affine parse(String attribute, double unit) {
        if (attribute == null || attribute.isBlank()) {
            return IDENTITY;
        }
        String[] parts = attribute.strip().split("\\s+");
        if (parts.length != 12) {
            throw new Rejection("a transform has " + parts.length + " numbers instead of 12");
        }
        double[] m = new double[12];
        for (int i = 0; i < 12; i++) {
            m[i] = Numbers.parse3mf(parts[i], "transform value");
        }
        m[9] *= unit;
        m[10] *= unit;
        m[11] *= unit;
        return new Affine(m);
    }

    /** This transform applied first, then {@code outer}. */
    Affine then(Affine outer) {
        double[] a = m;
        double[] b = outer.m;
        double[] r = new double[12];
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 3; col++) {
                double sum = a[row * 3] * b[col] + a[row * 3 + 1] * b[3 + col] + a[row * 3 + 2] * b[6 + col];
                r[row * 3 + col] = row == 3 ? sum + b[9 + col] : sum;
            }
        }
        return new Affine(r);
    }

    double x(double x, double y, double z) {
        return x * m[0] + y * m[3] + z * m[6] + m[9];
    }

    double y(double x, double y, double z) {
        return x * m[1] + y * m[4] + z * m[7] + m[10];
    }

    double z(double x, double y, double z) {
        return x * m[2] + y * m[5] + z * m[8] + m[11];
    }

    /** A negative determinant turns the mesh inside out unless the winding is flipped too. */
    boolean mirrors() {
        double det = m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]);
        return det < 0;
    }
}
