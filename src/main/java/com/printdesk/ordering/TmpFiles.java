package com.printdesk.ordering;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.printdesk.slicing.BoundingBox;
import com.printdesk.slicing.UnitSuggestion;

/** The {@code tmp_files} table: accepted uploads, always read scoped by their owner. */
@Repository
class TmpFiles {

    private final JdbcClient jdbc;

    TmpFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(UploadedFile file, Instant createdAt) {
        UnitSuggestion units = file.unitSuggestion();
        return jdbc.sql("""
                INSERT INTO tmp_files (owner_user_id, client_id, storage_key, mesh_keys, original_name, size_bytes,
                    sha256, status, format, triangles, objects, size_x_mm, size_y_mm, size_z_mm, volume_mm3,
                    surface_area_mm2, watertight, warnings, unit_reason, unit_scales, created_at)
                VALUES (:owner, :client, :key, :meshKeys, :name, :size, :sha256, 'UPLOADED', :format, :triangles,
                    :objects, :x, :y, :z, :volume, :area, :watertight, :warnings, :unitReason, :unitScales, :createdAt)
                RETURNING id""")
                .param("owner", file.ownerUserId()).param("client", file.clientId())
                .param("key", file.storageKey()).param("meshKeys", file.meshKeys().toArray(String[]::new))
                .param("name", file.originalName()).param("size", file.sizeBytes()).param("sha256", file.sha256())
                .param("format", file.format()).param("triangles", file.triangles()).param("objects", file.objects())
                .param("x", file.bounds().sizeX()).param("y", file.bounds().sizeY()).param("z", file.bounds().sizeZ())
                .param("volume", file.volumeMm3()).param("area", file.surfaceAreaMm2())
                .param("watertight", file.watertight()).param("warnings", file.warnings().toArray(String[]::new))
                .param("unitReason", units == null ? null : units.reason())
                .param("unitScales", units == null ? null : units.scales().stream()
                        .map(s -> s.drawnIn() + "=" + s.factor()).toArray(String[]::new))
                .param("createdAt", Timestamp.from(createdAt))
                .query(Long.class).single();
    }

    /** An upload of this user's; empty for anyone else's (the caller answers 404). */
    Optional<UploadedFile> find(long id, long ownerUserId) {
        return jdbc.sql("SELECT * FROM tmp_files WHERE id = :id AND owner_user_id = :owner")
                .param("id", id).param("owner", ownerUserId).query((rs, n) -> row(rs)).optional();
    }

    /** The client's uploads, newest first. */
    List<UploadedFile> ofClient(long clientId) {
        return jdbc.sql("SELECT * FROM tmp_files WHERE client_id = :client ORDER BY id DESC")
                .param("client", clientId).query((rs, n) -> row(rs)).list();
    }

    private static UploadedFile row(ResultSet rs) throws SQLException {
        String unitReason = rs.getString("unit_reason");
        UnitSuggestion units = unitReason == null ? null
                : new UnitSuggestion(unitReason, Arrays.stream(strings(rs.getArray("unit_scales"))).map(s -> {
                    int eq = s.lastIndexOf('=');
                    return new UnitSuggestion.Scale(s.substring(0, eq), Double.parseDouble(s.substring(eq + 1)));
                }).toList());
        // only sizes are kept: the box is rebuilt at the origin
        BoundingBox box = new BoundingBox(0, 0, 0, rs.getDouble("size_x_mm"), rs.getDouble("size_y_mm"),
                rs.getDouble("size_z_mm"));
        return new UploadedFile(rs.getLong("id"), rs.getLong("owner_user_id"), rs.getLong("client_id"),
                rs.getString("storage_key"), List.of(strings(rs.getArray("mesh_keys"))), rs.getString("original_name"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("format"), rs.getLong("triangles"),
                rs.getInt("objects"), box, rs.getDouble("volume_mm3"), rs.getDouble("surface_area_mm2"),
                rs.getBoolean("watertight"), List.of(strings(rs.getArray("warnings"))), units);
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
