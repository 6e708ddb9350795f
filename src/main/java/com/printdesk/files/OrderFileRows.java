package com.printdesk.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code order_files} table; plain SQL because the claim needs {@code ON CONFLICT DO NOTHING}. */
@Repository
class OrderFileRows {

    private static final String COLUMNS = "id, client_id, invoice_id, kind, original_name, size_bytes, content_type, "
            + "created_at, storage_key";

    private final JdbcClient jdbc;

    OrderFileRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new row's ID, or empty when the invoice already has a file from this source (committed or not). */
    Optional<Long> insert(NewRow row) {
        return jdbc.sql("""
                INSERT INTO order_files (client_id, invoice_id, kind, storage_key, original_name, size_bytes, sha256,
                                         content_type, source_ref, created_at)
                VALUES (:clientId, :invoiceId, :kind, :key, :name, :size, :sha256, :contentType, :sourceRef, :createdAt)
                ON CONFLICT (invoice_id, source_ref) DO NOTHING
                RETURNING id
                """)
                .param("clientId", row.clientId()).param("invoiceId", row.invoiceId()).param("kind", row.kind().name())
                .param("key", row.key()).param("name", row.name()).param("size", row.sizeBytes())
                .param("sha256", row.sha256()).param("contentType", row.contentType())
                .param("sourceRef", row.sourceRef()).param("createdAt", Timestamp.from(row.createdAt()))
                .query(Long.class).optional();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM order_files WHERE id = ?").param(id).query(OrderFileRows::row)
                .optional();
    }

    Optional<Row> findBySource(long invoiceId, String sourceRef) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM order_files WHERE invoice_id = ? AND source_ref = ?")
                .param(invoiceId).param(sourceRef).query(OrderFileRows::row).optional();
    }

    /** Models first, then G-code, each in claim order. */
    List<Row> forInvoice(long invoiceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM order_files WHERE invoice_id = ? ORDER BY kind DESC, created_at, id")
                .param(invoiceId).query(OrderFileRows::row).list();
    }

    /** The deleted row's storage key, or empty when there was no such row. */
    Optional<String> delete(long id) {
        return jdbc.sql("DELETE FROM order_files WHERE id = ? RETURNING storage_key").param(id).query(String.class)
                .optional();
    }

    boolean referencesKey(String key) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM order_files WHERE storage_key = ?)").param(key)
                .query(Boolean.class).single();
    }

    private static Row row(ResultSet rs, int index) throws SQLException {
        return new Row(new OrderFileView(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("invoice_id"),
                OrderFileKind.valueOf(rs.getString("kind")), rs.getString("original_name"), rs.getLong("size_bytes"),
                rs.getString("content_type"), rs.getTimestamp("created_at").toInstant()), rs.getString("storage_key"));
    }

    record NewRow(long clientId, long invoiceId, OrderFileKind kind, String key, String name, long sizeBytes,
            String sha256, String contentType, String sourceRef, Instant createdAt) {
    }

    record Row(OrderFileView view, String key) {
    }
}
