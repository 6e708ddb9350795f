package com.printdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class CsvWriterTests {

    @Test
    void plainCellsStayAsTheyAre() {
        assertThat(CsvWriter.cell("Acme Pty Ltd")).isEqualTo("Acme Pty Ltd");
        assertThat(CsvWriter.cell(null)).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(CsvWriter.cell("Smith, Jones")).isEqualTo("\"Smith, Jones\"");
        assertThat(CsvWriter.cell("The \"best\" prints")).isEqualTo("\"The \"\"best\"\" prints\"");
        assertThat(CsvWriter.cell("1 Main St\nSydney")).isEqualTo("\"1 Main St\nSydney\"");
        assertThat(CsvWriter.cell("a\r\nb")).isEqualTo("\"a\r\nb\"");
    }

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaBecomeText() {
        assertThat(CsvWriter.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvWriter.cell("+61 400 000 000")).isEqualTo("'+61 400 000 000");
        assertThat(CsvWriter.cell("-2")).isEqualTo("'-2");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(CsvWriter.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void rowsEndWithCrLf() {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row("a", null, "c");
        assertThat(out).hasToString("a,,c\r\n");
    }
}
