package com.printdesk.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes RFC 4180 CSV rows. Cells that a spreadsheet would run as a formula (starting with =, +, -,
 * @, or a tab or carriage return that some programs skip first) get a leading apostrophe, so a client
 * named "=HYPERLINK(...)" stays text when the bureau opens the export.
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void row(String... cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells[i]));
            }
            out.write("\r\n");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
