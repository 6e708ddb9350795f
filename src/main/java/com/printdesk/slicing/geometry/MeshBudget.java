package com.printdesk.slicing.geometry;

/**
 * Caps what one upload may make us hold or emit. A 100 MB binary STL has at most 2 million
 * triangles; a 3MF can say far more in little space (components instancing components), and each
 * triangle costs the vertex and edge tables memory (about 50 bytes per triangle for a closed mesh,
 * up to about 180 for a soup of unconnected triangles), so beyond these counts the file is refused.
 */
final class MeshBudget {

    static final int MAX_TRIANGLES = 2_500_000;
    static final int MAX_HELD_VERTICES = 2_000_000;
    /** Per object; keeps the vertex table within 64 MB and far below the edge table's 2^30 IDs. */
    static final int MAX_DISTINCT_VERTICES = 3_000_000;
    static final int MAX_HELD_TRIANGLES = 4_000_000;

    private long heldVertices;
    private long heldTriangles;

    void holdVertex() {
        if (++heldVertices > MAX_HELD_VERTICES) {
            throw new Rejection("the 3MF has more than " + MAX_HELD_VERTICES + " vertices");
        }
    }

    void holdTriangle() {
        if (++heldTriangles > MAX_HELD_TRIANGLES) {
            throw new Rejection("the 3MF has more than " + MAX_HELD_TRIANGLES + " triangles");
        }
    }

    static void checkEmitted(long triangles) {
        if (triangles > MAX_TRIANGLES) {
            throw new Rejection("the model has more than " + MAX_TRIANGLES + " triangles (with every copy placed)");
        }
    }
}
