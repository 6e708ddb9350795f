package com.printdesk.slicing.geometry;

import java.util.Arrays;

/** Primitive lists for mesh data: a boxed list of a million coordinates would cost ten times the memory. */
final class GrowableArrays {

    private GrowableArrays() {
    }

    static final class Doubles {
        private double[] values = new double[96];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    static final class Ints {
        private int[] values = new int[96];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
