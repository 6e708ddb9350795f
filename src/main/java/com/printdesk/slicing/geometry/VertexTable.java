package com.printdesk.slicing.geometry;

import java.util.Arrays;

/**
 * Gives each distinct vertex an int ID. Vertices are keyed by their float32 coordinates (the
 * precision of STL and of the normalised output), so two triangles share a vertex exactly when
 * their corners are the same float. Open addressing over plain int arrays: 16 bytes per slot instead
 * of a boxed map entry per vertex, which is what keeps a million triangles inside a small heap.
 */
final class VertexTable {

    private static final float LOAD = 0.6f;

    private int[] keys;
    private int[] ids;
    private int mask;
    private int size;

    VertexTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / LOAD)) - 1) << 1;
        allocate(capacity);
    }

    int size() {
        return size;
    }

    /** The ID of this vertex, a new one (= the previous size) if it was not seen before. */
    int idOf(float x, float y, float z) {
        int bx = bits(x);
        int by = bits(y);
        int bz = bits(z);
        int slot = hash(bx, by, bz) & mask;
        while (ids[slot] >= 0) {
            int k = slot * 3;
            if (keys[k] == bx && keys[k + 1] == by && keys[k + 2] == bz) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        put(slot, bx, by, bz, size);
        if (++size > (mask + 1) * LOAD) {
            grow();
        }
        return size - 1;
    }

    private static int bits(float v) {
        return Float.floatToIntBits(v == 0f ? 0f : v); // -0 and +0 are the same point
    }

    private static int hash(int x, int y, int z) {
        int h = x * 0x9E3779B1 + y;
        h = h * 0x85EBCA77 + z;
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        return h ^ (h >>> 13);
    }

    private void put(int slot, int x, int y, int z, int id) {
        int k = slot * 3;
        keys[k] = x;
        keys[k + 1] = y;
        keys[k + 2] = z;
        ids[slot] = id;
    }

    private void allocate(int capacity) {
        keys = new int[capacity * 3];
        ids = new int[capacity];
        Arrays.fill(ids, -1);
        mask = capacity - 1;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldIds = ids;
        allocate(oldIds.length * 2);
        for (int s = 0; s < oldIds.length; s++) {
            if (oldIds[s] >= 0) {
                int k = s * 3;
                int slot = hash(oldKeys[k], oldKeys[k + 1], oldKeys[k + 2]) & mask;
                while (ids[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                put(slot, oldKeys[k], oldKeys[k + 1], oldKeys[k + 2], oldIds[s]);
            }
        }
    }
}
