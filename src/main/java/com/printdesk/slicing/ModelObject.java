package com.printdesk.slicing;

import java.nio.file.Path;

/**
 * One printable object of an upload (a 3MF build item, or the whole STL), as written to its own
 * normalised binary STL: the file the slicer reads instead of the upload.
 */
public record ModelObject(String name, Path stl, long triangles, BoundingBox bounds, double volumeMm3,
        double surfaceAreaMm2, int shells, long openEdges, long nonManifoldEdges) {
}
