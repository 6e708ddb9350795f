package com.printdesk.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.printdesk.support.IntegrationTest;

@IntegrationTest
class StorageIntegrationTests {

    @Autowired
    Storage storage;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void putGetAndDeleteAnObject() throws Exception {
        String key = StorageKeys.tmpUpload(1, "cube.stl");
        byte[] bytes = "solid cube\nendsolid cube\n".getBytes(StandardCharsets.US_ASCII);

        StoredObject stored = storage.put(Bucket.TMP, key, new ByteArrayInputStream(bytes), bytes.length,
                "model/stl");

        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(storage.exists(Bucket.TMP, key)).isTrue();
        assertThat(storage.describe(Bucket.TMP, key).contentType()).isEqualTo("model/stl");
        try (InputStream in = storage.get(Bucket.TMP, key)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        storage.delete(Bucket.TMP, key);
        assertThat(storage.exists(Bucket.TMP, key)).isFalse();
        assertThatThrownBy(() -> storage.get(Bucket.TMP, key)).isInstanceOf(Storage.ObjectNotFound.class);
    }

    @Test
    void largeObjectsAreStreamedWithTheirLength() throws Exception {
        int size = 8 * 1024 * 1024 + 17;
        String key = StorageKeys.orderFile(5, "big.stl");
        storage.put(Bucket.ORDER_FILES, key, new PatternStream(size), size, "application/octet-stream");
        try (InputStream in = storage.get(Bucket.ORDER_FILES, key)) {
            byte[] back = in.readAllBytes();
            assertThat(back).hasSize(size);
            assertThat(back[size - 1]).isEqualTo(PatternStream.byteAt(size - 1));
        }
    }

    @Test
    void listsObjectsByPrefix() {
        String prefix = "list-" + UUID.randomUUID() + "/";
        for (String name : new String[] {"a.stl", "b.stl", "c.stl"}) {
            storage.put(Bucket.ATTACHMENTS, prefix + name, name.getBytes(StandardCharsets.UTF_8), "text/plain");
        }
        storage.put(Bucket.ATTACHMENTS, "other-" + UUID.randomUUID() + "/x", new byte[] {1}, "text/plain");

        assertThat(storage.list(Bucket.ATTACHMENTS, prefix)).extracting(StoredObject::key)
                .containsExactly(prefix + "a.stl", prefix + "b.stl", prefix + "c.stl");
    }

    @Test
    void aPresignedUrlServesTheBytesToAPlainHttpClient() throws Exception {
        String key = StorageKeys.pdf(StorageKeys.DocumentKind.INVOICE, 77, "0123456789abcdef");
        byte[] bytes = "%PDF-1.7 fake but fine".getBytes(StandardCharsets.US_ASCII);
        storage.put(Bucket.PDFS, key, bytes, "application/pdf");

        URI url = storage.presignedGet(Bucket.PDFS, key, "Tax-invoice-INV-000077.pdf");
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("Tax-invoice-INV-000077.pdf"));
        assertThat(url.getQuery()).contains("X-Amz-Expires=300");
    }

    @Test
    void aTamperedPresignedUrlIsRefused() throws Exception {
        String key = StorageKeys.attachment(3, "secret.pdf");
        storage.put(Bucket.ATTACHMENTS, key, new byte[] {1, 2, 3}, "application/pdf");
        URI url = storage.presignedGet(Bucket.ATTACHMENTS, key, "secret.pdf");
        URI other = URI.create(url.toString().replace("secret.pdf?", "secret2.pdf?"));

        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(other).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aHostileFilenameProducesASafeKey() {
        for (String hostile : new String[] {"../../etc/passwd", "a/b\\c.stl", "y".repeat(300) + ".stl",
                "bad\u0000\u0001\nname.stl"}) {
            String key = StorageKeys.tmpUpload(11, hostile);
            String[] segments = key.split("/");
            assertThat(segments).hasSize(3);
            assertThat(segments[0]).isEqualTo("11");
            assertThat(segments[2]).doesNotContain("..").hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH);
            storage.put(Bucket.TMP, key, new byte[] {42}, "application/octet-stream");
            assertThat(storage.list(Bucket.TMP, "11/" + segments[1] + "/")).extracting(StoredObject::key)
                    .containsExactly(key);
        }
    }

    @Test
    void aDeleteAfterCommitWaitsForTheCommitAndNeverRunsOnRollback() throws Exception {
        String kept = StorageKeys.attachment(1, "kept.pdf");
        String removed = StorageKeys.attachment(1, "removed.pdf");
        storage.put(Bucket.ATTACHMENTS, kept, new byte[] {1}, "application/pdf");
        storage.put(Bucket.ATTACHMENTS, removed, new byte[] {1}, "application/pdf");

        transactions.executeWithoutResult(status -> {
            storage.deleteAfterCommit(Bucket.ATTACHMENTS, kept);
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> {
            storage.deleteAfterCommit(Bucket.ATTACHMENTS, removed);
            assertThat(storage.exists(Bucket.ATTACHMENTS, removed)).as("not before the commit").isTrue();
        });

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (storage.exists(Bucket.ATTACHMENTS, removed) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(storage.exists(Bucket.ATTACHMENTS, removed)).isFalse();
        assertThat(storage.exists(Bucket.ATTACHMENTS, kept)).isTrue();
    }

    /** A large stream made up on the fly, so the test does not hold it in memory twice. */
    static final class PatternStream extends InputStream {

        private final long size;
        private long position;

        PatternStream(long size) {
            this.size = size;
        }

        static byte byteAt(long position) {
            return (byte) (position * 31 % 251);
        }

        @Override
        public int read() {
            return position < size ? byteAt(position++) & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = byteAt(position++);
            }
            return count;
        }
    }
}
