package torch4j.track;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a tracking folder holds, for a browser of it ({@code ./torch4j track ui}): its projects,
 * each run's metric names and logged media, a project's artifact names and a run's artifact
 * lineage. Only reads: nothing here logs, and the runs of other JVMs may write meanwhile.
 *
 * <pre>{@code
 * jshell> Catalog.projects(Track.dir())
 * $1 ==> [mnist]
 * jshell> Catalog.media("mnist", Track.runs("mnist").get(0).id())
 * $2 ==> [Media[key=cases, kind=table, step=4]]
 * }</pre>
 */
public final class Catalog {
    private Catalog() {}

    /** A media value a run logged: its key, {@code table}, {@code image} or {@code html}, and the last step with one. */
    public record Media(String key, String kind, long step) {}

    /** A run's part in an artifact version's lineage: {@code logged} (made or re-logged it) or {@code used}. */
    public record Lineage(String name, int version, String role) {}

    /** The projects under {@code dir}: its folders that hold a track database, by name. */
    public static List<String> projects(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("track.db")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The metrics run {@code id} logged, in the order first logged. */
    public static List<String> metrics(String project, String id) {
        return Track.store(project, new RunOptions()).read(c -> List.copyOf(RunRows.keys(c, id)));
    }

    /** The media run {@code id} logged, by key, each at its last step ({@link Track#media} reads it). */
    public static List<Media> media(String project, String id) {
        return Track.store(project, new RunOptions()).read(c -> {
            List<Media> out = new ArrayList<>();
            // SQLite takes the bare columns of a max() aggregate from the row holding the max
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT key, kind, max(step) FROM media WHERE run_id = ? GROUP BY key ORDER BY key")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new Media(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return List.copyOf(out);
        });
    }

    /** The project's artifact names ({@link Track#artifactVersions} lists each one's versions). */
    public static List<String> artifacts(String project) {
        return Track.store(project, new RunOptions()).read(c -> {
            List<String> out = new ArrayList<>();
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT DISTINCT name FROM artifacts ORDER BY name")) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return List.copyOf(out);
        });
    }

    /** The artifact versions run {@code id} logged or used, in the order it did. */
    public static List<Lineage> lineage(String project, String id) {
        return Track.store(project, new RunOptions()).read(c -> {
            List<Lineage> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, version, role FROM artifact_lineage WHERE run_id = ? ORDER BY time, name, version, role")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new Lineage(rs.getString(1), rs.getInt(2), rs.getString(3)));
                }
            }
            return List.copyOf(out);
        });
    }
}
