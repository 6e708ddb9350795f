package com.printdesk.slicing.geometry;

import java.nio.file.Path;

import com.printdesk.slicing.BoundingBox;
import com.printdesk.slicing.ModelObject;

/**
 * Measures one object while its triangles stream past: box, signed volume (sum of tetrahedra
 * against the origin), area, shells and edge use. Keeps no triangles, only the vertex and edge
 * tables.
 */
final class MeshStats {

    private final VertexTable vertices = new VertexTable(1 << 12);
    private final EdgeTable edges = new EdgeTable(1 << 12);
    private final Shells shells = new Shells();
    private double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY, minZ = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY, maxZ = Double.NEGATIVE_INFINITY;
    private double signedVolume6;
    private double area2;
    private long triangles;

    void add(float ax, float ay, float az, float bx, float by, float bz, float cx, float cy, float cz) {
        triangles++;
        extend(ax, ay, az);
        extend(bx, by, bz);
        extend(cx, cy, cz);
        signedVolume6 += ax * ((double) by * cz - (double) bz * cy) - ay * ((double) bx * cz - (double) bz * cx)
                + az * ((double) bx * cy - (double) by * cx);
        double ux = bx - ax, uy = by - ay, uz = bz - az;
        double vx = cx - ax, vy = cy - ay, vz = cz - az;
        double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
        area2 += Math.sqrt(nx * nx + ny * ny + nz * nz);
        int a = vertices.idOf(ax, ay, az);
        int b = vertices.idOf(bx, by, bz);
        int c = vertices.idOf(cx, cy, cz);
        if (vertices.size() > MeshBudget.MAX_DISTINCT_VERTICES) {
            throw new Rejection("an object has more than " + MeshBudget.MAX_DISTINCT_VERTICES
                    + " distinct vertices (a closed mesh of 2.5 million triangles has about half as many)");
        }
        shells.join(a, b, c);
        edges.add(a, b);
        edges.add(b, c);
        edges.add(c, a);
    }

    long triangles() {
        return triangles;
    }

    ModelObject toObject(String name, Path stl) {
        BoundingBox box = new BoundingBox(minX, minY, minZ, maxX, maxY, maxZ);
        return new ModelObject(name, stl, triangles, box, Math.abs(signedVolume6) / 6.0, area2 / 2.0,
                shells.count(vertices.size()), edges.countUsedBy(1), edges.countUsedBy(3));
    }

    /** Edges that have a partner triangle, i.e. used by two or more. */
    long sharedEdges() {
        return edges.size() - edges.countUsedBy(1);
    }

    long distinctEdges() {
        return edges.size();
    }

    private void extend(double x, double y, double z) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
        if (z < minZ) minZ = z;
        if (z > maxZ) maxZ = z;
    }
}
