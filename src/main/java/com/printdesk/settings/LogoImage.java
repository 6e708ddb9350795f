package com.printdesk.settings;

import java.util.Arrays;
import java.util.Optional;

/** A logo upload judged by its bytes, never by its name or the browser's content type. */
final class LogoImage {

    static final int MAX_BYTES = 1024 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private LogoImage() {
    }

    /** "image/png" or "image/jpeg" when the bytes are one, otherwise empty. */
    static Optional<String> sniff(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
