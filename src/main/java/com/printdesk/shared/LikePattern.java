package com.printdesk.shared;

/**
 * The one way a search box becomes a SQL {@code LIKE}/{@code ILIKE} pattern: someone searching for
 * "50%" or "a_b" means those characters, so wildcards and the escape character (backslash,
 * PostgreSQL's default) are escaped, and the text is trimmed.
 */
public final class LikePattern {

    private LikePattern() {
    }

    /** {@code %text%}, escaped; lower-case the text first when it is compared with {@code lower(column)}. */
    public static String containing(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 8).append('%');
        for (char c : text.strip().toCharArray()) {
            if (c == '\\' || c == '%' || c == '_') {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
