package com.printdesk.slicing.geometry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/** Streams the 50-byte records of a binary STL whose size has already been checked. */
final class BinaryStl {

    private static final int RECORD = 50;

    private BinaryStl() {
    }

    static long expectedSize(long triangles) {
        return 84 + RECORD * triangles;
    }

    static void read(FileChannel channel, long triangles, String objectName, MeshSink sink) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(RECORD * 8192).order(ByteOrder.LITTLE_ENDIAN);
        channel.position(84);
        sink.beginObject(objectName);
        long done = 0;
        while (done < triangles) {
            buffer.clear();
            long want = Math.min(buffer.capacity(), (triangles - done) * RECORD);
            buffer.limit((int) want);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    throw new Rejection("the file ended after " + done + " of its " + triangles + " triangles");
                }
            }
            buffer.flip();
            while (buffer.remaining() >= RECORD) {
                buffer.position(buffer.position() + 12); // the stored normal is ignored: it is recomputed
                float ax = buffer.getFloat(), ay = buffer.getFloat(), az = buffer.getFloat();
                float bx = buffer.getFloat(), by = buffer.getFloat(), bz = buffer.getFloat();
                float cx = buffer.getFloat(), cy = buffer.getFloat(), cz = buffer.getFloat();
                buffer.getShort();
                if (!finite(ax, ay, az, bx, by, bz, cx, cy, cz)) {
                    throw new Rejection("triangle " + (done + 1) + " has a coordinate that is not a number (NaN or infinite)");
                }
                sink.triangle(ax, ay, az, bx, by, bz, cx, cy, cz);
                done++;
            }
        }
        sink.endObject();
    }

    private static boolean finite(float ax, float ay, float az, float bx, float by, float bz, float cx, float cy,
            float cz) {
        // x - x is 0 for every finite x and NaN for NaN and ±infinity
        return (ax - ax) + (ay - ay) + (az - az) + (bx - bx) + (by - by) + (bz - bz) + (cx - cx) + (cy - cy)
                + (cz - cz) == 0;
    }
}
