package com.printdesk.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Stripe fixtures of {@code ../shared/stripe} as test input: each test rewrites IDs, payable and
 * amount so tests sharing one database never meet, and signs the payload the way Stripe does.
 * Rewrites are textual, so the body stays byte-for-byte what is signed.
 */
public final class StripeFixtures {

    /** The test endpoint secret (see {@code EmbeddedInfrastructure.defaults()}); not a real-looking key. */
    public static final String WEBHOOK_SECRET = "whsec_test_printdesk_not_a_secret";

    private static final Pattern EVENT_ID = Pattern.compile("\"(evt_\\w+)\"");
    private static final Pattern SESSION_ID = Pattern.compile("\"(cs_test_\\w+)\"");
    private static final Pattern INTENT_ID = Pattern.compile("\"(pi_\\w+)\"");

    private StripeFixtures() {
    }

    /** {@code ../shared/stripe} beside the project (a CI clone), else the workplace's copy. */
    public static Path folder() {
        Path beside = Path.of("../shared/stripe");
        return Files.isDirectory(beside) ? beside : Path.of("/work/shared/stripe");
    }

    public static String read(String file) {
        try {
            return Files.readString(folder().resolve(file), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static Event event(String file) {
        return new Event(read(file));
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    /** {@code t=<ts>,v1=<hex HMAC-SHA256 of "<ts>.<payload>">}, as Stripe signs a delivery. */
    public static String sign(String payload, long timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static String sign(String payload) {
        return sign(payload, Instant.now().getEpochSecond(), WEBHOOK_SECRET);
    }

    /** An event envelope being rewritten for one test; every rewrite returns a new copy. */
    public record Event(String json) {

        /** A fresh event ID, so this delivery is new to the database. */
        public Event withNewId() {
            return replaceAll(EVENT_ID, unique("evt_test_"));
        }

        public Event withSessionId(String sessionId) {
            return replaceAll(SESSION_ID, sessionId);
        }

        public Event withPaymentIntent(String paymentIntentId) {
            return replaceAll(INTENT_ID, paymentIntentId);
        }

        /** Metadata and client_reference_id of a PrintDesk payable instead of the fixture's invoice_id. */
        public Event withPayable(Payable payable) {
            return new Event(json
                    .replaceAll("\"invoice_id\": \"\\d+\"", "\"payable_type\": \"" + payable.type().name()
                            + "\",\n        \"payable_id\": \"" + payable.id() + "\"")
                    .replaceAll("\"client_reference_id\": \"\\d+\"", "\"client_reference_id\": \"" + payable.id() + "\""));
        }

        public Event withAmount(long cents) {
            return new Event(json.replaceAll("\"amount_total\": \\d+", "\"amount_total\": " + cents)
                    .replaceAll("\"amount_subtotal\": \\d+", "\"amount_subtotal\": " + cents));
        }

        public Event withCurrency(String currency) {
            return new Event(json.replaceAll("\"currency\": \"\\w+\"", "\"currency\": \"" + currency + "\""));
        }

        public Event withApiVersion(String version) {
            return new Event(json.replaceAll("\"api_version\": \"[^\"]+\"", "\"api_version\": \"" + version + "\""));
        }

        /** Replaces {@code data.object} with another JSON object (kept as text). */
        public Event withDataObject(String objectJson) {
            int start = json.indexOf("\"object\": {", json.indexOf("\"data\": {"));
            int open = json.indexOf('{', start);
            int depth = 0;
            int end = open;
            for (; end < json.length(); end++) {
                char c = json.charAt(end);
                if (c == '{') {
                    depth++;
                }
                else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            return new Event(json.substring(0, open) + objectJson.strip() + json.substring(end + 1));
        }

        public String sessionId() {
            return first(SESSION_ID);
        }

        private String first(Pattern pattern) {
            Matcher matcher = pattern.matcher(json);
            return matcher.find() ? matcher.group(1) : null;
        }

        private Event replaceAll(Pattern pattern, String replacement) {
            String original = first(pattern);
            return original == null ? this : new Event(json.replace("\"" + original + "\"", "\"" + replacement + "\""));
        }
    }
}
