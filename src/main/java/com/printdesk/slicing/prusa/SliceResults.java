package com.printdesk.slicing.prusa;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.printdesk.slicing.MeshFacts;
import com.printdesk.slicing.SliceJob;
import com.printdesk.slicing.SliceResult;
import com.printdesk.slicing.SliceSettings;
import com.printdesk.slicing.SliceState;
import com.printdesk.slicing.SupportStyle;

/** The {@code slice_results} table: the state of each slice and the cache of finished ones. */
@Repository
class SliceResults {

    private static final RowMapper<SliceResult> RESULT = (rs, n) -> new SliceResult(rs.getLong("id"),
            rs.getString("file_sha256"), rs.getLong("printer_id"), rs.getString("settings_hash"),
            SliceState.valueOf(rs.getString("state")), rs.getString("failure_reason"), rs.getBoolean("estimate"),
            rs.getObject("print_seconds") == null ? null : Duration.ofSeconds(rs.getLong("print_seconds")),
            rs.getBigDecimal("filament_mm"), rs.getBigDecimal("filament_cm3"), rs.getString("gcode_key"),
            rs.getString("slicer_version"), rs.getInt("attempts"), rs.getString("worker"),
            instant(rs, "requested_at"), instant(rs, "started_at"), instant(rs, "finished_at"));

    private static final RowMapper<SliceWork> WORK = (rs, n) -> new SliceWork(rs.getLong("id"),
            rs.getLong("printer_id"), rs.getString("tmp_file_key"), strings(rs.getArray("mesh_keys")),
            new MeshFacts(rs.getDouble("volume_mm3"), rs.getDouble("surface_area_mm2"), rs.getDouble("size_x_mm"),
                    rs.getDouble("size_y_mm"), rs.getDouble("size_z_mm")),
            new SliceSettings(0, rs.getBigDecimal("layer_height"), rs.getInt("infill_percent"),
                    rs.getBoolean("supports"), SupportStyle.valueOf(rs.getString("support_style")),
                    rs.getInt("overhang_threshold"), 1, rs.getBigDecimal("scale")));

    private final JdbcClient jdbc;

    SliceResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a worker needs to run a slice; material and quantity do not reach the slicer. */
    record SliceWork(long id, long printerId, String tmpFileKey, List<String> meshKeys, MeshFacts facts,
            SliceSettings settings) {
    }

    Optional<SliceResult> find(long id) {
        return jdbc.sql("SELECT * FROM slice_results WHERE id = ?").param(id).query(RESULT).optional();
    }

    Optional<SliceResult> findByKey(String fileSha256, long printerId, String settingsHash) {
        return jdbc.sql("SELECT * FROM slice_results WHERE file_sha256 = ? AND printer_id = ? AND settings_hash = ?")
                .params(fileSha256, printerId, settingsHash).query(RESULT).optional();
    }

    /** A new QUEUED row; empty when the cache key exists already (another request got there first). */
    OptionalLong insert(SliceJob job, String settingsHash, SliceState state, Instant now) {
        SliceSettings s = job.settings();
        MeshFacts f = job.facts();
        return jdbc.sql("""
                INSERT INTO slice_results (file_sha256, printer_id, settings_hash, layer_height, infill_percent,
                    supports, support_style, overhang_threshold, tmp_file_key, mesh_keys, volume_mm3, surface_area_mm2,
                    size_x_mm, size_y_mm, size_z_mm, scale, state, estimate, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)
                ON CONFLICT ON CONSTRAINT slice_results_cache_key DO NOTHING
                RETURNING id
                """)
                .params(job.fileSha256(), job.printerId(), settingsHash, s.layerHeight(), s.infillPercent(),
                        s.supports(), s.supportStyle().name(), s.overhangThreshold(), job.tmpFileKey(),
                        job.meshKeys().toArray(String[]::new), f.volumeMm3(), f.surfaceAreaMm2(), f.sizeXMm(),
                        f.sizeYMm(), f.sizeZMm(), s.scale(), state.name(), Timestamp.from(now))
                .query(Long.class).optional().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /**
     * Marks the slice RUNNING and hands out its work, unless it has finished already (a revived or
     * duplicated execution then does nothing). RUNNING is claimed again: the worker running it died.
     */
    Optional<SliceWork> start(long id, String worker, Instant now) {
        return jdbc.sql("""
                UPDATE slice_results SET state = 'RUNNING', started_at = ?, worker = ?
                WHERE id = ? AND state IN ('QUEUED', 'RUNNING')
                RETURNING *
                """).params(Timestamp.from(now), worker, id).query(WORK).optional();
    }

    void complete(long id, GcodeMetadata.Figures figures, boolean estimate, String gcodeKey, String slicerVersion,
            int attempts, Instant now) {
        jdbc.sql("""
                UPDATE slice_results SET state = 'COMPLETED', estimate = ?, print_seconds = ?, filament_mm = ?,
                    filament_cm3 = ?, gcode_key = ?, slicer_version = ?, attempts = ?, failure_reason = NULL,
                    finished_at = ?
                WHERE id = ?
                """).params(estimate, figures.printTime().toSeconds(), figures.filamentMm(), figures.filamentCm3(),
                gcodeKey, slicerVersion, attempts, Timestamp.from(now), id).update();
    }

    /** {@code worthRetrying}: the failure may not recur (a crash), so {@link #requeue} may queue it again. */
    void fail(long id, String reason, int attempts, boolean worthRetrying, Instant now) {
        jdbc.sql("""
                UPDATE slice_results SET state = 'FAILED', failure_reason = ?, failure_worth_retrying = ?, attempts = ?,
                    finished_at = ?
                WHERE id = ? AND state <> 'COMPLETED'
                """).params(reason, worthRetrying, attempts, Timestamp.from(now), id).update();
    }

    /** Back to QUEUED if it failed in a way worth retrying; false if it did not (or another request won). */
    boolean requeue(long id, Instant now) {
        return jdbc.sql("""
                UPDATE slice_results SET state = 'QUEUED', failure_reason = NULL, failure_worth_retrying = FALSE,
                    attempts = 0, requested_at = ?, started_at = NULL, finished_at = NULL
                WHERE id = ? AND state = 'FAILED' AND failure_worth_retrying
                """).params(Timestamp.from(now), id).update() == 1;
    }

    int forgetFinishedUnder(String tmpPrefix) {
        return jdbc.sql("DELETE FROM slice_results WHERE starts_with(tmp_file_key, ?) AND state IN ('COMPLETED', 'FAILED')")
                .param(tmpPrefix).update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
