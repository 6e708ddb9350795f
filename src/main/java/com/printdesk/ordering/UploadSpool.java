package com.printdesk.ordering;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.multipart.MultipartFile;

/**
 * Copies an uploaded part to disk in a streaming way (a 100 MB model never sits in the heap), hashing
 * it on the way; and removes the working folders afterwards, whatever happened.
 */
final class UploadSpool {

    private static final Logger log = LoggerFactory.getLogger(UploadSpool.class);

    private UploadSpool() {
    }

    /** A part written to disk: its length as counted while copying, and its SHA-256 in lower-case hex. */
    record Spooled(Path path, long size, String sha256) {
    }

    /**
     * @throws UploadRefused when the part turns out longer than {@code maxBytes} (its declared size can lie)
     */
    static Spooled spool(MultipartFile part, String name, Path target, long maxBytes) {
        MessageDigest sha256 = sha256();
        long copied = 0;
        try (InputStream in = new DigestInputStream(part.getInputStream(), sha256);
                OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) != -1;) {
                copied += read;
                if (copied > maxBytes) {
                    throw UploadRefused.fileTooLarge(name, OrderingLimits.describe(maxBytes));
                }
                out.write(buffer, 0, read);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not spool the upload " + name, ex);
        }
        return new Spooled(target, copied, HexFormat.of().formatHex(sha256.digest()));
    }

    /** Deletes the folder and everything in it; a failure is logged, never thrown over the real outcome. */
    static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException | UncheckedIOException ex) {
            log.warn("Could not remove the upload work folder {}", folder, ex);
        }
        if (Files.exists(folder)) {
            log.warn("The upload work folder {} is still there", folder);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
