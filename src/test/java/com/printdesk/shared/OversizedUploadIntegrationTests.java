package com.printdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.printdesk.support.TestConfig;
import com.printdesk.support.TestData;

/**
 * A body over the server's multipart limit, sent over real HTTP (MockMvc does not apply the limits):
 * refused in the one error format rather than with an empty 413. Same context as the browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestConfig.class)
class OversizedUploadIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aSignedInClientsUploadOverTheServerLimitIsAProblemDetail() throws Exception {
        String xsrf = signIn(data.clientEmail());

        assertTooLarge(upload("/api/quick-order/upload", xsrf));
    }

    @Test
    void anAnonymousUploadOverTheServerLimitIsAProblemDetailToo() throws Exception {
        assertTooLarge(upload("/api/quick-order/upload", null));
    }

    private static void assertTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("larger than this server accepts");
    }

    /** Signs in through the login form; returns the XSRF token the portal's scripts would send. */
    private String signIn(String email) throws Exception {
        String login = http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).isTrue();
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        http.send(get("/portal"), HttpResponse.BodyHandlers.discarding());
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> upload(String path, String xsrf) throws Exception {
        String boundary = "printdesk-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"huge.stl\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long size = 111L * 1024 * 1024; // just over the 110 MB per file the server accepts
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroBody(head, size, tail)));
        if (xsrf != null) {
            request.header("X-XSRF-TOKEN", xsrf);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** head, then {@code size} zero bytes, then tail, without holding them in memory. */
    private static final class ZeroBody extends InputStream {

        private final byte[] head;
        private final byte[] tail;
        private final long total;
        private long position;

        ZeroBody(byte[] head, long size, byte[] tail) {
            this.head = head;
            this.tail = tail;
            this.total = head.length + size + tail.length;
        }

        @Override
        public int read() {
            if (position >= total) {
                return -1;
            }
            long at = position++;
            if (at < head.length) {
                return head[(int) at];
            }
            long tailStart = total - tail.length;
            return at >= tailStart ? tail[(int) (at - tailStart)] : 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= total) {
                return -1;
            }
            int n = 0;
            while (n < length && position < total) {
                buffer[offset + n++] = (byte) read();
            }
            return n;
        }
    }
}
