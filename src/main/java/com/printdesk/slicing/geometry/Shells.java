package com.printdesk.slicing.geometry;

import java.util.Arrays;

/** Union-find over vertex IDs: triangles sharing a vertex belong to the same shell. */
final class Shells {

    private int[] parent = newSlots(1024); // -1 = a root

    void join(int a, int b, int c) {
        ensure(Math.max(a, Math.max(b, c)));
        union(a, b);
        union(a, c);
    }

    /** Number of connected components among vertices {@code 0..vertices-1}. */
    int count(int vertices) {
        ensure(vertices);
        int roots = 0;
        for (int v = 0; v < vertices; v++) {
            if (parent[v] < 0) {
                roots++;
            }
        }
        return roots;
    }

    private void ensure(int id) {
        if (id >= parent.length) {
            int old = parent.length;
            parent = Arrays.copyOf(parent, Math.max(id + 1, old * 2));
            Arrays.fill(parent, old, parent.length, -1);
        }
    }

    private static int[] newSlots(int n) {
        int[] slots = new int[n];
        Arrays.fill(slots, -1);
        return slots;
    }

    private int find(int v) {
        while (parent[v] >= 0) {
            int p = parent[v];
            int grand = parent[p];
            if (grand >= 0) {
                parent[v] = grand; // path halving keeps later finds short
                v = grand;
            } else {
                v = p;
            }
        }
        return v;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra < rb) {
            parent[rb] = ra;
        } else if (rb < ra) {
            parent[ra] = rb;
        }
    }
}
