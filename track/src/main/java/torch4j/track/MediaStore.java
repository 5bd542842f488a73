package torch4j.track;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Images, HTML and tables logged with a run: their bytes as blobs beside the artifacts' (shared,
 * by SHA-256), a row per logged value in {@code media}, a table's cells in {@code table_cells}.
 */
final class MediaStore {
    private MediaStore() {}

    /** Whether {@code v} is logged as media rather than as a number. */
    static boolean isMedia(Object v) { return v instanceof Table || v instanceof Image || v instanceof Html; }

    /** Stores one media value of run {@code runId} at {@code step} (replacing what that key had there). */
    static void save(Store store, String runId, String key, long step, Object media) {
        Path blobs = ArtifactStore.blobs(store);
        // the blobs first, outside the transaction: writing them twice is harmless
        String sha = switch (media) {
            case Image i -> ArtifactStore.storeBytes(blobs, i.png());
            case Html h -> ArtifactStore.storeBytes(blobs, h.html().getBytes(StandardCharsets.UTF_8));
            default -> null;
        };
        if (media instanceof Table t) {
            for (List<Object> row : t.data()) for (Object v : row) if (v instanceof Image i) ArtifactStore.storeBytes(blobs, i.png());
        }
        String kind = media instanceof Table ? "table" : media instanceof Image ? "image" : "html";
        String caption = media instanceof Image i ? i.caption() : null;
        store.write(c -> {
            if (sha != null) ArtifactStore.share(c, store, blobs, sha);
            if (media instanceof Table t) {
                for (List<Object> row : t.data()) for (Object v : row) if (v instanceof Image i) ArtifactStore.share(c, store, blobs, i.sha256());
            }
            exec(c, "DELETE FROM table_cells WHERE run_id = ? AND key = ? AND step = ?", runId, key, step);
            exec(c, store.dialect().upsert("media", 3, "run_id", "key", "step", "kind", "sha256", "caption"),
                    runId, key, step, kind, sha, caption);
            if (media instanceof Table t) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO table_cells(run_id, key, step, row, col, type, value, caption)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (int col = 0; col < t.columns().size(); col++) cell(ps, runId, key, step, -1, col, t.columns().get(col));
                    for (int row = 0; row < t.size(); row++) {
                        for (int col = 0; col < t.columns().size(); col++) cell(ps, runId, key, step, row, col, t.data().get(row).get(col));
                    }
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    private static void cell(PreparedStatement ps, String runId, String key, long step, int row, int col, Object v) throws SQLException {
        ps.setString(1, runId);
        ps.setString(2, key);
        ps.setLong(3, step);
        ps.setInt(4, row);
        ps.setInt(5, col);
        if (v instanceof Image i) {
            ps.setString(6, "image");
            ps.setString(7, i.sha256());
            ps.setString(8, i.caption());
        } else {
            ps.setString(6, Values.type(v));
            ps.setString(7, Values.text(v));
            ps.setString(8, null);
        }
        ps.addBatch();
    }

    /** The media value logged under {@code key} at the run's last step that has one; null when none was. */
    static Object load(Store store, String runId, String key) {
        Path blobs = ArtifactStore.blobs(store);
        return store.read(c -> {
            String kind, sha, caption;
            long step;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT kind, sha256, caption, step FROM media WHERE run_id = ? AND key = ? ORDER BY step DESC LIMIT 1")) {
                ps.setString(1, runId);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return null;
                    kind = rs.getString(1);
                    sha = rs.getString(2);
                    caption = rs.getString(3);
                    step = rs.getLong(4);
                }
            }
            ArtifactStore.fetch(c, blobs, sha);            // logged on another host: the shared store has the bytes
            return switch (kind) {
                case "image" -> Image.ofPng(read(blobs, sha), caption);
                case "html" -> Html.of(new String(read(blobs, sha), StandardCharsets.UTF_8));
                default -> table(c, blobs, runId, key, step);
            };
        });
    }

    private static Table table(Connection c, Path blobs, String runId, String key, long step) throws SQLException {
        TreeMap<Integer, TreeMap<Integer, Object>> rows = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT row, col, type, value, caption FROM table_cells WHERE run_id = ? AND key = ? AND step = ?")) {
            ps.setString(1, runId);
            ps.setString(2, key);
            ps.setLong(3, step);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(3), value = rs.getString(4);
                    if (type.equals("image")) ArtifactStore.fetch(c, blobs, value);
                    Object v = type.equals("image") ? Image.ofPng(read(blobs, value), rs.getString(5)) : Values.decode(type, value);
                    rows.computeIfAbsent(rs.getInt(1), r -> new TreeMap<>()).put(rs.getInt(2), v);
                }
            }
        }
        List<String> columns = rows.get(-1).values().stream().map(String::valueOf).toList();
        Table t = new Table(columns);
        for (var r : rows.tailMap(0).values()) t.addData(new ArrayList<>(r.values()).toArray());
        return t;
    }

    private static byte[] read(Path blobs, String sha) {
        try {
            return Files.readAllBytes(ArtifactStore.blob(blobs, sha));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            ps.executeUpdate();
        }
    }
}
