package com.printdesk.slicing.geometry;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The parts of a 3MF's ZIP, opened with the {@link ZipLimits} checked up front (entry count,
 * declared sizes, compression ratio) and again while reading (an entry may inflate to more than
 * it declares; its CRC-32 must match, which {@link ZipFile} does not check by itself).
 */
final class ZipPackage implements AutoCloseable {

    private final ZipFile zip;
    private final ZipLimits limits;
    private final Map<String, ZipEntry> parts = new HashMap<>();
    private long budget;

    ZipPackage(Path file, ZipLimits limits) throws IOException {
        this.limits = limits;
        this.budget = limits.maxTotalUncompressed();
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (ZipException | java.io.EOFException e) {
            // a truncated upload fails while the central directory is searched, with either
            throw new Rejection("the 3MF is not a valid ZIP archive (" + e.getMessage() + ")");
        }
        try {
            index();
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private void index() {
        long declared = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (parts.size() >= limits.maxEntries()) {
                throw new Rejection("the 3MF has more than " + limits.maxEntries() + " entries");
            }
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size > limits.ratioCheckedAbove() && compressed >= 0
                    && size > (long) limits.maxRatio() * Math.max(compressed, 1)) {
                throw new Rejection("the 3MF entry '" + entry.getName() + "' expands " + size / Math.max(compressed, 1)
                        + " times (a ZIP bomb?); at most " + limits.maxRatio() + " times is accepted");
            }
            declared += Math.max(size, 0);
            if (declared > limits.maxTotalUncompressed()) {
                throw new Rejection("the 3MF expands to more than " + (limits.maxTotalUncompressed() >> 20) + " MB");
            }
            parts.put(normalise(entry.getName()), entry);
        }
    }

    /** OPC part names are case-insensitive and written with or without the leading slash. */
    static String normalise(String partName) {
        String name = partName.startsWith("/") ? partName.substring(1) : partName;
        return name.toLowerCase(Locale.ROOT);
    }

    boolean has(String partName) {
        return parts.containsKey(normalise(partName));
    }

    InputStream open(String partName) throws IOException {
        ZipEntry entry = parts.get(normalise(partName));
        if (entry == null) {
            throw new Rejection("the 3MF has no part '" + partName + "'");
        }
        return new Checked(zip.getInputStream(entry), entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts and checksums an entry as it is read; refuses more bytes than declared or a bad CRC. */
    private final class Checked extends FilterInputStream {

        private final ZipEntry entry;
        private final CRC32 crc = new CRC32();
        private long count;
        private boolean verified;

        Checked(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (ZipException | java.io.EOFException e) {
                throw new Rejection("the 3MF entry '" + entry.getName() + "' is corrupt (" + e.getMessage() + ")");
            }
            if (n < 0) {
                verify();
                return n;
            }
            crc.update(b, off, n);
            count += n;
            budget -= n;
            if ((entry.getSize() >= 0 && count > entry.getSize()) || budget < 0) {
                throw new Rejection("the 3MF entry '" + entry.getName() + "' inflates to more than it declares");
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] sink = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        private void verify() {
            if (verified) {
                return;
            }
            verified = true;
            if (entry.getCrc() >= 0 && crc.getValue() != entry.getCrc()) {
                throw new Rejection("the 3MF is corrupt: the ZIP entry '" + entry.getName() + "' fails its CRC-32 check");
            }
            if (entry.getSize() >= 0 && count != entry.getSize()) {
                throw new Rejection("the 3MF is corrupt: the ZIP entry '" + entry.getName() + "' is truncated");
            }
        }
    }
}
