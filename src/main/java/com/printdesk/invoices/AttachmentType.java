package com.printdesk.invoices;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an attachment is, judged from its first bytes and size, never from its name or the
 * browser's word: PDF, PNG, JPEG, ZIP (and 3MF, a ZIP), binary or ASCII STL.
 */
enum AttachmentType {
    PDF("application/pdf"), PNG("image/png"), JPEG("image/jpeg"), ZIP("application/zip"),
    THREE_MF("model/3mf"), STL("model/stl");

    static final int SNIFF_BYTES = 84;
    private final String contentType;

    AttachmentType(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static Optional<AttachmentType> sniff(byte[] head, long size, String name) {
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(head, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            return Optional.of(name != null && name.toLowerCase().endsWith(".3mf") ? THREE_MF : ZIP);
        }
        if (isBinaryStl(head, size) || isAsciiStl(head)) {
            return Optional.of(STL);
        }
        return Optional.empty();
    }

    /** A binary STL is exactly 84 bytes of header and count, then 50 bytes per facet. */
    private static boolean isBinaryStl(byte[] head, long size) {
        if (head.length < SNIFF_BYTES) {
            return false;
        }
        long facets = (head[80] & 0xffL) | (head[81] & 0xffL) << 8 | (head[82] & 0xffL) << 16 | (head[83] & 0xffL) << 24;
        return facets > 0 && size == SNIFF_BYTES + 50 * facets;
    }

    private static boolean isAsciiStl(byte[] head) {
        String text = new String(head, StandardCharsets.US_ASCII).stripLeading().toLowerCase();
        return text.startsWith("solid") && (text.contains("facet") || head.length < SNIFF_BYTES);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
