package com.printdesk.slicing.geometry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a binary STL as the slicer should see it: a header that does not start with "solid",
 * recomputed unit normals, zero attribute bytes, and the triangle count patched in at the end.
 */
final class NormalisedStlWriter implements AutoCloseable {

    private static final byte[] HEADER = pad("PrintDesk normalised mesh (binary STL, mm)");

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(50 * 4096).order(ByteOrder.LITTLE_ENDIAN);
    private long count;

    NormalisedStlWriter(Path file) {
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            buffer.put(HEADER).putInt(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void triangle(float ax, float ay, float az, float bx, float by, float bz, float cx, float cy, float cz) {
        if (buffer.remaining() < 50) {
            flush();
        }
        float ux = bx - ax, uy = by - ay, uz = bz - az;
        float vx = cx - ax, vy = cy - ay, vz = cz - az;
        float nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
        float length = (float) Math.sqrt((double) nx * nx + (double) ny * ny + (double) nz * nz);
        if (length > 0 && Float.isFinite(length)) {
            nx /= length;
            ny /= length;
            nz /= length;
        } else {
            nx = ny = nz = 0;
        }
        buffer.putFloat(nx).putFloat(ny).putFloat(nz);
        buffer.putFloat(ax).putFloat(ay).putFloat(az);
        buffer.putFloat(bx).putFloat(by).putFloat(bz);
        buffer.putFloat(cx).putFloat(cy).putFloat(cz);
        buffer.putShort((short) 0);
        count++;
    }

    @Override
    public void close() {
        try (channel) {
            flush();
            ByteBuffer n = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) count).flip();
            channel.write(n, 80);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush() {
        buffer.flip();
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.clear();
    }

    private static byte[] pad(String text) {
        byte[] header = new byte[80];
        java.util.Arrays.fill(header, (byte) ' ');
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, 0, bytes.length);
        return header;
    }
}
