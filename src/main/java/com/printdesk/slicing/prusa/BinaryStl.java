package com.printdesk.slicing.prusa;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams the normalised binary STLs the geometry analysis writes (80-byte header, count, 50 bytes
 * per triangle): their bounding box, and a copy scaled and moved by an offset. Never holds a mesh in memory.
 */
final class BinaryStl {

    private static final int HEADER = 84;
    private static final int TRIANGLE = 50;

    private BinaryStl() {
    }

    record Bounds(double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {

        double sizeX() {
            return maxX - minX;
        }

        double sizeY() {
            return maxY - minY;
        }

        double sizeZ() {
            return maxZ - minZ;
        }
    }

    static Bounds bounds(Path stl, double scale) throws IOException {
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        try (InputStream in = new BufferedInputStream(Files.newInputStream(stl), 1 << 16)) {
            long count = readHeader(stl, in, null);
            ByteBuffer triangle = ByteBuffer.allocate(TRIANGLE).order(ByteOrder.LITTLE_ENDIAN);
            for (long t = 0; t < count; t++) {
                readTriangle(in, triangle);
                for (int v = 0; v < 9; v++) {
                    float c = triangle.getFloat(12 + 4 * v);
                    min[v % 3] = Math.min(min[v % 3], c);
                    max[v % 3] = Math.max(max[v % 3], c);
                }
            }
        }
        return new Bounds(min[0] * scale, min[1] * scale, min[2] * scale, max[0] * scale, max[1] * scale,
                max[2] * scale);
    }

    /**
     * Writes a copy with every coordinate multiplied by {@code scale}, turned, then moved by the offset
     * (the normal is turned too).
     */
    static void transform(Path source, Path target, double scale, Turn turn, float dx, float dy, float dz)
            throws IOException {
        float[] offset = {dx, dy, dz};
        float[] xyz = new float[3];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source), 1 << 16);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            long count = readHeader(source, in, out);
            ByteBuffer triangle = ByteBuffer.allocate(TRIANGLE).order(ByteOrder.LITTLE_ENDIAN);
            for (long t = 0; t < count; t++) {
                readTriangle(in, triangle);
                for (int point = 0; point < 4; point++) {
                    int at = 4 * 3 * point;
                    boolean normal = point == 0;
                    for (int axis = 0; axis < 3; axis++) {
                        float c = triangle.getFloat(at + 4 * axis);
                        xyz[axis] = normal ? c : (float) (c * scale);
                    }
                    turn.apply(xyz);
                    for (int axis = 0; axis < 3; axis++) {
                        triangle.putFloat(at + 4 * axis, normal ? xyz[axis] : xyz[axis] + offset[axis]);
                    }
                }
                out.write(triangle.array());
            }
        }
    }

    private static long readHeader(Path stl, InputStream in, OutputStream copy) throws IOException {
        byte[] header = in.readNBytes(HEADER);
        long count = header.length == HEADER
                ? Integer.toUnsignedLong(ByteBuffer.wrap(header, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt())
                : -1;
        if (count <= 0 || Files.size(stl) != HEADER + TRIANGLE * count) {
            throw new IOException(stl.getFileName() + " is not a normalised binary STL");
        }
        if (copy != null) {
            copy.write(header);
        }
        return count;
    }

    private static void readTriangle(InputStream in, ByteBuffer triangle) throws IOException {
        if (in.readNBytes(triangle.array(), 0, TRIANGLE) != TRIANGLE) {
            throw new IOException("STL ended early");
        }
    }
}
