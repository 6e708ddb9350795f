package com.printdesk.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a Thymeleaf template into a PDF in-process (openhtmltopdf), with the fonts bundled in the
 * jar so documents look the same on every machine. {@link #html} and {@link #pdf} are separate so
 * callers can hash the HTML and skip rendering when an identical PDF is already stored.
 */
@Component
public class PdfRenderer {

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    PdfRenderer(ITemplateEngine templates) throws IOException {
        this.templates = templates;
        this.regular = new ClassPathResource("fonts/DejaVuSans.ttf").getContentAsByteArray();
        this.bold = new ClassPathResource("fonts/DejaVuSans-Bold.ttf").getContentAsByteArray();
    }

    public String html(String template, Map<String, Object> model) {
        return templates.process(template, new Context(Locale.forLanguageTag("en-AU"), model));
    }

    public byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new java.io.ByteArrayInputStream(regular), "DejaVu Sans", 400,
                PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new java.io.ByteArrayInputStream(bold), "DejaVu Sans", 700,
                PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not render a PDF", ex);
        }
        return out.toByteArray();
    }

    /** A short, stable hash of what a document says: its storage key changes exactly when its content does. */
    public static String contentHash(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
