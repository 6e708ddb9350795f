package com.printdesk.slicing.geometry;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Streams an ASCII STL: {@code solid … facet … outer loop, vertex ×3 … endfacet … endsolid},
 * keywords in any case, any line endings (CR, LF, CRLF), several solids in one file. Like
 * PrusaSlicer it ignores words it does not know (exporters put names and junk after end
 * keywords) and the stored normals; it is strict about what matters: three numeric, finite
 * coordinates per vertex and three vertices per facet.
 */
final class AsciiStl {

    /** The content has bytes no text file has: it is not ASCII STL after all. */
    static final class NotText extends RuntimeException {
        NotText() {
            super(null, null, false, false);
        }
    }

    private final Tokens tokens;

    private AsciiStl(InputStream in) {
        this.tokens = new Tokens(in);
    }

    static void read(InputStream in, String objectName, MeshSink sink) throws IOException {
        new AsciiStl(in).read(objectName, sink);
    }

    private final double[] corners = new double[9];
    private int vertices = -1; // -1 = outside a facet
    private long facets;

    private void read(String objectName, MeshSink sink) throws IOException {
        sink.beginObject(objectName);
        for (String token = tokens.next(); token != null; token = tokens.next()) {
            switch (token.toLowerCase(Locale.ROOT)) {
            case "facet" -> startFacet();
            case "vertex" -> vertex();
            case "endfacet" -> endFacet(sink);
            default -> {
                // solid/endsolid, names, normals, outer loop/endloop and exporters' extra words
            }
            }
        }
        if (vertices >= 0) {
            throw new Rejection("the file ends inside a facet (truncated upload?)");
        }
        if (facets == 0) {
            throw new Rejection("the STL has no facets: there is nothing to print");
        }
        sink.endObject();
    }

    private void startFacet() {
        if (vertices >= 0) {
            throw new Rejection("line " + tokens.line() + ": a facet starts before the previous one ended");
        }
        vertices = 0;
    }

    private void vertex() throws IOException {
        if (vertices < 0) {
            throw new Rejection("line " + tokens.line() + ": a vertex outside a facet");
        }
        if (vertices == 3) {
            throw new Rejection("line " + tokens.line() + ": a facet with more than three vertices");
        }
        for (int i = 0; i < 3; i++) {
            corners[vertices * 3 + i] = coordinate(tokens.next());
        }
        vertices++;
    }

    private void endFacet(MeshSink sink) {
        if (vertices != 3) {
            throw new Rejection("line " + tokens.line() + ": a facet with " + Math.max(vertices, 0)
                    + " vertices instead of three");
        }
        double[] v = corners;
        sink.triangle(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
        facets++;
        vertices = -1;
    }

    private double coordinate(String token) {
        if (token == null) {
            throw new Rejection("line " + tokens.line() + ": the file ends in the middle of a vertex");
        }
        if (!Numbers.isDecimal(token)) {
            throw new Rejection("line " + tokens.line() + ": vertex coordinate '" + shorten(token) + "' is not a number");
        }
        double value = Double.parseDouble(token);
        if (!Double.isFinite(value)) {
            throw new Rejection("line " + tokens.line() + ": vertex coordinate '" + shorten(token) + "' is not a finite number");
        }
        return value;
    }

    private static String shorten(String token) {
        return token.length() > 40 ? token.substring(0, 40) + "…" : token;
    }

    /** Whitespace-separated words from a byte stream, counting lines for messages. */
    private static final class Tokens {

        private static final int MAX_TOKEN = 256;

        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private final byte[] token = new byte[MAX_TOKEN];
        private int pos;
        private int limit;
        private long line = 1;
        private boolean previousCr;

        Tokens(InputStream in) {
            this.in = in;
        }

        long line() {
            return line;
        }

        /** The next word, or null at the end; words longer than 256 bytes are cut (they are never numbers). */
        String next() throws IOException {
            int b = skipWhitespace();
            if (b < 0) {
                return null;
            }
            int length = 0;
            while (b >= 0 && !whitespace(b)) {
                if (length < MAX_TOKEN) {
                    token[length++] = (byte) b;
                }
                b = read();
            }
            if (b >= 0) {
                countLine(b);
            }
            return new String(token, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        }

        private int skipWhitespace() throws IOException {
            int b = read();
            while (b >= 0 && whitespace(b)) {
                countLine(b);
                b = read();
            }
            return b;
        }

        private void countLine(int b) {
            if (b == '\r' || (b == '\n' && !previousCr)) {
                line++;
            }
            previousCr = b == '\r';
        }

        private static boolean whitespace(int b) {
            return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0x0B;
        }

        private int read() throws IOException {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            int b = buffer[pos++] & 0xFF;
            if (b < 0x20 && !whitespace(b) || b == 0x7F) {
                throw new NotText();
            }
            return b;
        }
    }
}
