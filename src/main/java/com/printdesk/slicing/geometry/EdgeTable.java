package com.printdesk.slicing.geometry;

/**
 * Counts how many triangles use each undirected edge, an edge being a pair of vertex IDs packed
 * into one long. A count saturates at 3: the check only needs "one", "two" and "more".
 */
final class EdgeTable {

    private static final float LOAD = 0.6f;

    private long[] keys; // 0 = empty; a real key is never 0 because its two IDs differ
    private byte[] counts;
    private int mask;
    private int size;

    EdgeTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / LOAD)) - 1) << 1;
        keys = new long[capacity];
        counts = new byte[capacity];
        mask = capacity - 1;
    }

    void add(int a, int b) {
        if (a == b) {
            return; // a collapsed edge of a degenerate triangle joins nothing
        }
        long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
        int slot = hash(key) & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                if (counts[slot] < 3) {
                    counts[slot]++;
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        counts[slot] = 1;
        if (++size > (mask + 1) * LOAD) {
            grow();
        }
    }

    int size() {
        return size;
    }

    /** Edges used by exactly {@code uses} triangles ({@code 3} means three or more). */
    long countUsedBy(int uses) {
        long n = 0;
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != 0 && counts[s] == uses) {
                n++;
            }
        }
        return n;
    }

    private static int hash(long key) {
        key ^= key >>> 33;
        key *= 0xff51afd7ed558ccdL;
        key ^= key >>> 33;
        return (int) key;
    }

    private void grow() {
        long[] oldKeys = keys;
        byte[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new byte[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != 0) {
                int slot = hash(oldKeys[s]) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[s];
                counts[slot] = oldCounts[s];
            }
        }
    }
}
