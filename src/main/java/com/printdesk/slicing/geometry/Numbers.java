package com.printdesk.slicing.geometry;

/**
 * The number grammar of 3MF (ST_Number), also used for ASCII STL coordinates:
 * {@code [+-]? (digits ('.' digits)? | '.' digits) ([eE] [+-]? digits)?}. Java's own parser would
 * also take "NaN", "Infinity", "0x1p3" or "1d"; a comma decimal ("20,000") is refused as well.
 */
final class Numbers {

    private Numbers() {
    }

    static boolean isDecimal(CharSequence s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int intDigits = 0;
        while (i < n && digit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        int fractionDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && digit(s.charAt(i))) {
                i++;
                fractionDigits++;
            }
            if (fractionDigits == 0 && intDigits == 0) {
                return false;
            }
        }
        if (intDigits == 0 && fractionDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && digit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** A 3MF number attribute (surrounding whitespace tolerated, as Autodesk Fusion writes it). */
    static double parse3mf(String value, String what) {
        if (value == null) {
            throw new Rejection(what + " is missing");
        }
        String trimmed = value.strip();
        if (!isDecimal(trimmed)) {
            throw new Rejection(what + " '" + (trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed)
                    + "' is not a valid 3MF number" + (trimmed.contains(",") ? " (decimal commas are not allowed)" : ""));
        }
        double parsed = Double.parseDouble(trimmed);
        if (!Double.isFinite(parsed)) {
            throw new Rejection(what + " '" + trimmed + "' is out of range");
        }
        return parsed;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
