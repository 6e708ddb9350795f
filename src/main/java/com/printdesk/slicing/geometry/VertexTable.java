package com.printdesk.slicing.geometry;

/**
 * Gives each distinct vertex an int ID. Vertices are keyed by their float32 coordinates (the
 * precision of STL and of the normalised output), so two triangles share a vertex exactly when
 * their corners are the same float.
 *
 * <p>Memory and cache misses decide the speed on a million triangles: slots are {x, y, z, id}
 * interleaved in one int array (16 bytes, one cache line touched per probe, against a boxed map
 * entry per vertex), and a small direct-mapped cache of recently seen vertices answers most
 * lookups, because neighbouring triangles of a file share corners.
 */
final class VertexTable {

    private static final float LOAD = 0.75f;
    private static final int RECENT = 1 << 12;

    private int[] slots; // x, y, z, id+1 (0 = empty)
    private int mask;
    private int size;
    private final int[] recent = new int[RECENT * 4];

    VertexTable(int expected) {
        allocate(Integer.highestOneBit(Math.max(16, (int) (expected / LOAD)) - 1) << 1);
    }

    int size() {
        return size;
    }

    /** The ID of this vertex, a new one (= the previous size) if it was not seen before. */
    int idOf(float x, float y, float z) {
        int bx = bits(x);
        int by = bits(y);
        int bz = bits(z);
        int hash = hash(bx, by, bz);
        int r = (hash & (RECENT - 1)) << 2;
        if (recent[r + 3] != 0 && recent[r] == bx && recent[r + 1] == by && recent[r + 2] == bz) {
            return recent[r + 3] - 1;
        }
        int id = lookup(bx, by, bz, hash);
        recent[r] = bx;
        recent[r + 1] = by;
        recent[r + 2] = bz;
        recent[r + 3] = id + 1;
        return id;
    }

    private int lookup(int bx, int by, int bz, int hash) {
        int slot = hash & mask;
        while (true) {
            int k = slot << 2;
            int stored = slots[k + 3];
            if (stored == 0) {
                put(k, bx, by, bz, size);
                if (++size > (mask + 1) * LOAD) {
                    grow();
                }
                return size - 1;
            }
            if (slots[k] == bx && slots[k + 1] == by && slots[k + 2] == bz) {
                return stored - 1;
            }
            slot = (slot + 1) & mask;
        }
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

    private void put(int k, int x, int y, int z, int id) {
        slots[k] = x;
        slots[k + 1] = y;
        slots[k + 2] = z;
        slots[k + 3] = id + 1;
    }

    private void allocate(int capacity) {
        slots = new int[capacity * 4];
        mask = capacity - 1;
    }

    private void grow() {
        int[] old = slots;
        allocate((mask + 1) * 2);
        for (int k = 0; k < old.length; k += 4) {
            if (old[k + 3] != 0) {
                int slot = hash(old[k], old[k + 1], old[k + 2]) & mask;
                while (slots[(slot << 2) + 3] != 0) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(old, k, slots, slot << 2, 4);
            }
        }
    }
}
