package com.printdesk.files;

import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Order files for any module's tests: uploads the bytes to {@code tmp} the way the shop does and claims
 * them, so the file goes through the real copy. {@link #keyOf} lets a test look at the stored object.
 */
@Component
@Profile("!dev")
public class OrderFileFixtures {

    private final OrderFiles orderFiles;
    private final OrderFileRows rows;
    private final Storage storage;

    OrderFileFixtures(OrderFiles orderFiles, OrderFileRows rows, Storage storage) {
        this.orderFiles = orderFiles;
        this.rows = rows;
        this.storage = storage;
    }

    public OrderFileView create(long clientId, long invoiceId, OrderFileKind kind, String name, byte[] bytes) {
        return orderFiles.claim(new OrderFileClaim(clientId, invoiceId, kind, tmpUpload(name, bytes), name,
                "test-" + UUID.randomUUID()));
    }

    /** An object in {@code tmp} as an upload would leave it; returns its key. */
    public String tmpUpload(String name, byte[] bytes) {
        String key = StorageKeys.tmpUpload(999_999, name);
        storage.put(Bucket.TMP, key, bytes, name.endsWith(".gcode") ? "text/x-gcode" : "model/stl");
        return key;
    }

    /** The order file's key in bucket {@code order-files}. */
    public String keyOf(long id) {
        return rows.find(id).orElseThrow().key();
    }

    public boolean stored(String key) {
        return storage.exists(Bucket.ORDER_FILES, key);
    }
}
