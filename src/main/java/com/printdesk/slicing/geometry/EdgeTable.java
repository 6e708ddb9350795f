package com.printdesk.slicing.geometry;

/**
 * Counts how many triangles use each undirected edge. One long per slot holds the edge (its two
 * vertex IDs, 30 bits each) and its use count (2 bits, saturating at 3: the check only needs
 * "one", "two" and "more"), so an insert touches one cache line.
 */
final class EdgeTable {

    private static final float LOAD = 0.75f;
    private static final long EDGE = (1L << 60) - 1;
    private static final int COUNT_SHIFT = 60;

    private long[] slots; // 0 = empty; a real edge is never 0 because its two IDs differ
    private int mask;
    private int size;

    EdgeTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / LOAD)) - 1) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
    }

    void add(int a, int b) {
        if (a == b) {
            return; // a collapsed edge of a degenerate triangle joins nothing
        }
        long edge = a < b ? ((long) a << 30) | b : ((long) b << 30) | a;
        int slot = hash(edge) & mask;
        while (true) {
            long stored = slots[slot];
            if (stored == 0) {
                slots[slot] = edge | (1L << COUNT_SHIFT);
                if (++size > (mask + 1) * LOAD) {
                    grow();
                }
                return;
            }
            if ((stored & EDGE) == edge) {
                if ((stored >>> COUNT_SHIFT) < 3) {
                    slots[slot] = stored + (1L << COUNT_SHIFT);
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    /** Edges used by exactly {@code uses} triangles ({@code 3} means three or more). */
    long countUsedBy(int uses) {
        long n = 0;
        for (long stored : slots) {
            if (stored != 0 && (stored >>> COUNT_SHIFT) == uses) {
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
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = slots.length - 1;
        for (long stored : old) {
            if (stored != 0) {
                int slot = hash(stored & EDGE) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = stored;
            }
        }
    }
}
