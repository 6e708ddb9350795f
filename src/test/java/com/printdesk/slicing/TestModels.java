package com.printdesk.slicing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small hand-made model files for edge cases the corpus does not pin down. */
final class TestModels {

    /** A cube of the given side from the origin: 8 vertices, 12 outward-facing triangles. */
    static final int[][] CUBE_TRIANGLES = { { 0, 2, 1 }, { 0, 3, 2 }, { 4, 5, 6 }, { 4, 6, 7 }, { 0, 1, 5 },
            { 0, 5, 4 }, { 1, 2, 6 }, { 1, 6, 5 }, { 2, 3, 7 }, { 2, 7, 6 }, { 3, 0, 4 }, { 3, 4, 7 } };

    private TestModels() {
    }

    static float[][] cubeVertices(float side) {
        return new float[][] { { 0, 0, 0 }, { side, 0, 0 }, { side, side, 0 }, { 0, side, 0 }, { 0, 0, side },
                { side, 0, side }, { side, side, side }, { 0, side, side } };
    }

    /** A binary STL of a cube with the given 80-byte header text. */
    static byte[] binaryCube(String header, float side) {
        float[][] v = cubeVertices(side);
        ByteBuffer buffer = ByteBuffer.allocate(84 + 50 * 12).order(ByteOrder.LITTLE_ENDIAN);
        byte[] head = Arrays.copyOf(header.getBytes(StandardCharsets.US_ASCII), 80);
        buffer.put(head).putInt(12);
        for (int[] t : CUBE_TRIANGLES) {
            buffer.putFloat(0).putFloat(0).putFloat(0);
            for (int corner : t) {
                buffer.putFloat(v[corner][0]).putFloat(v[corner][1]).putFloat(v[corner][2]);
            }
            buffer.putShort((short) 0);
        }
        return buffer.array();
    }

    /** An ASCII STL of a cube, lines ended with {@code newline}; {@code keyword} may change the case. */
    static String asciiCube(String newline, float side, java.util.function.UnaryOperator<String> keyword) {
        float[][] v = cubeVertices(side);
        StringBuilder s = new StringBuilder(keyword.apply("solid") + " cube" + newline);
        for (int[] t : CUBE_TRIANGLES) {
            s.append(' ').append(keyword.apply("facet normal")).append(" 0 0 0").append(newline);
            s.append("  ").append(keyword.apply("outer loop")).append(newline);
            for (int corner : t) {
                s.append("   ").append(keyword.apply("vertex")).append(' ').append(v[corner][0]).append(' ')
                        .append(v[corner][1]).append(' ').append(v[corner][2]).append(newline);
            }
            s.append("  ").append(keyword.apply("endloop")).append(newline);
            s.append(' ').append(keyword.apply("endfacet")).append(newline);
        }
        return s.append(keyword.apply("endsolid")).append(" cube").append(newline).toString();
    }

    /** The mesh element of a cube as 3MF XML. */
    static String cubeMeshXml(float side) {
        StringBuilder s = new StringBuilder("<mesh><vertices>");
        for (float[] p : cubeVertices(side)) {
            s.append("<vertex x=\"").append(p[0]).append("\" y=\"").append(p[1]).append("\" z=\"").append(p[2])
                    .append("\"/>");
        }
        s.append("</vertices><triangles>");
        for (int[] t : CUBE_TRIANGLES) {
            s.append("<triangle v1=\"").append(t[0]).append("\" v2=\"").append(t[1]).append("\" v3=\"").append(t[2])
                    .append("\"/>");
        }
        return s.append("</triangles></mesh>").toString();
    }

    /** A 3MF model document around the given resources and build. */
    static String model(String resources, String build) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<model unit=\"millimeter\" xmlns=\"http://schemas.microsoft.com/3dmanufacturing/core/2015/02\">"
                + "<resources>" + resources + "</resources>" + build + "</model>";
    }

    static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Target=\"/3D/3dmodel.model\" Id=\"rel0\" "
            + "Type=\"http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel\"/></Relationships>";

    /** Writes a 3MF package holding the given model XML. */
    static Path threeMf(Path file, String modelXml) throws IOException {
        return threeMf(file, modelXml.getBytes(StandardCharsets.UTF_8));
    }

    static Path threeMf(Path file, byte[] modelXml) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            entry(zip, "3D/3dmodel.model", modelXml);
        }
        return file;
    }

    static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    static Path write(Path file, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content);
        }
        return file;
    }
}
