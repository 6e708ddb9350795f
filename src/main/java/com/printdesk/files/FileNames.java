package com.printdesk.files;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns whatever name a browser sent into one safe as the last segment of a storage key: no path
 * separators, no {@code ..}, no control or shell-hostile characters, at most 120 characters, with
 * the extension kept so the file still opens as what it is.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 120;
    private static final int MAX_EXTENSION = 10;

    private FileNames() {
    }

    public static String sanitise(String original) {
        String name = original == null ? "" : original;
        // only the last path segment counts, whichever separator the client's OS used
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFKC);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "");
        name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        name = name.replaceAll("\\.{2,}", ".");
        name = name.replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^[.\\-_ ]+", "");
        if (name.isEmpty() || name.startsWith(".")) {
            name = "file" + name;
        }
        return shorten(name);
    }

    /** The lower-case extension without the dot, or an empty string. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String extension = extension(name);
        if (extension.isEmpty() || extension.length() > MAX_EXTENSION) {
            return name.substring(0, MAX_LENGTH);
        }
        String base = name.substring(0, name.length() - extension.length() - 1);
        return base.substring(0, MAX_LENGTH - extension.length() - 1) + "." + name.substring(name.length()
                - extension.length());
    }
}
