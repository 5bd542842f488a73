package torch4j.track;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedMap;

/**
 * Artifacts on disk and in the database: blobs under {@code PROJECT/artifacts/blobs/ab/abcd...}
 * (the file's SHA-256), versions, aliases and lineage in the project's tables. Versions are
 * numbered inside the write transaction, so two JVMs logging the same artifact get distinct
 * numbers, and the same content twice gets one version.
 */
final class ArtifactStore {
    private ArtifactStore() {}

    static Path blobs(Store store) { return store.dir().resolve("artifacts").resolve("blobs"); }

    static Path blob(Path blobs, String sha) { return blobs.resolve(sha.substring(0, 2)).resolve(sha); }

    /** Stores the artifact's files and records the version (new only when its content is new) as logged by {@code runId}. */
    static ArtifactVersion log(Store store, String runId, Artifact a, List<String> aliases) {
        if (a.files().isEmpty()) throw new IllegalArgumentException("artifact '" + a.name() + "' has no files");
        for (String alias : aliases) {
            if (alias.matches("v\\d+")) throw new IllegalArgumentException("'" + alias + "' names a version: it cannot be an alias");
        }
        Path blobs = blobs(store);
        SequencedMap<String, String> hashes = new LinkedHashMap<>();
        java.util.Map<String, Long> sizes = new java.util.HashMap<>();
        StringBuilder manifest = new StringBuilder();
        for (var e : a.files().entrySet()) {
            String sha = storeBlob(blobs, e.getValue());
            hashes.put(e.getKey(), sha);
            sizes.put(sha, blob(blobs, sha).toFile().length());
            manifest.append(e.getKey()).append('\0').append(sha).append('\n');
        }
        String digest = AtomicFiles.sha256(manifest.toString().getBytes(StandardCharsets.UTF_8));
        long now = System.currentTimeMillis();
        return store.write(c -> {
            store.lock(c, "artifact:" + a.name());      // PostgreSQL: two hosts numbering versions of one artifact take turns
            String existingType = one(c, "SELECT type FROM artifacts WHERE name = ? LIMIT 1", a.name());
            if (existingType != null && !existingType.equals(a.type())) {
                throw new IllegalArgumentException("artifact '" + a.name() + "' is of type '" + existingType + "', not '" + a.type() + "'");
            }
            String same = one(c, "SELECT version FROM artifacts WHERE name = ? AND digest = ? ORDER BY version LIMIT 1", a.name(), digest);
            int version;
            if (same != null) {
                version = Integer.parseInt(same);
            } else {
                String max = one(c, "SELECT max(version) FROM artifacts WHERE name = ?", a.name());
                version = max == null ? 0 : Integer.parseInt(max) + 1;
                update(c, "INSERT INTO artifacts(name, version, type, digest, created) VALUES (?, ?, ?, ?, ?)",
                        a.name(), version, a.type(), digest, now);
                for (var e : hashes.entrySet()) {
                    update(c, "INSERT INTO artifact_files(name, version, path, sha256, size) VALUES (?, ?, ?, ?, ?)",
                            a.name(), version, e.getKey(), e.getValue(), sizes.get(e.getValue()));
                }
            }
            for (String sha : new LinkedHashSet<>(hashes.values())) share(c, store, blobs, sha);
            LinkedHashSet<String> all = new LinkedHashSet<>(aliases);
            all.add("latest");
            for (String alias : all) {
                update(c, store.dialect().upsert("artifact_aliases", 2, "name", "alias", "version"), a.name(), alias, version);
            }
            update(c, store.dialect().insertIgnore("artifact_lineage", "name", "version", "run_id", "role", "time"),
                    a.name(), version, runId, "logged", now);
            return load(c, blobs, a.name(), version);
        });
    }

    /** The version {@code ref} names ({@code name}, {@code name:latest}, {@code name:best}, {@code name:v3}), recorded as used by {@code runId} when not null. */
    static ArtifactVersion use(Store store, String runId, String ref) {
        Path blobs = blobs(store);
        return store.write(c -> {
            int colon = ref.lastIndexOf(':');
            String name = colon < 0 ? ref : ref.substring(0, colon), tag = colon < 0 ? "latest" : ref.substring(colon + 1);
            String version = tag.matches("v\\d+")
                    ? one(c, "SELECT version FROM artifacts WHERE name = ? AND version = ?", name, Integer.parseInt(tag.substring(1)))
                    : one(c, "SELECT version FROM artifact_aliases WHERE name = ? AND alias = ?", name, tag);
            if (version == null) {
                throw new IllegalArgumentException(one(c, "SELECT 1 FROM artifacts WHERE name = ?", name) == null
                        ? "no artifact named '" + name + "'" : "artifact '" + name + "' has no version or alias '" + tag + "'");
            }
            int v = Integer.parseInt(version);
            if (runId != null) {
                update(c, store.dialect().insertIgnore("artifact_lineage", "name", "version", "run_id", "role", "time"),
                        name, v, runId, "used", System.currentTimeMillis());
            }
            return load(c, blobs, name, v);
        });
    }

    /** Every version of {@code name}, oldest first. */
    static List<ArtifactVersion> versions(Store store, String name) {
        Path blobs = blobs(store);
        return store.read(c -> {
            List<ArtifactVersion> out = new ArrayList<>();
            for (String v : column(c, "SELECT version FROM artifacts WHERE name = ? ORDER BY version", name)) {
                out.add(load(c, blobs, name, Integer.parseInt(v)));
            }
            return out;
        });
    }

    private static ArtifactVersion load(Connection c, Path blobs, String name, int version) throws SQLException {
        SequencedMap<String, String> files = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT path, sha256 FROM artifact_files WHERE name = ? AND version = ? ORDER BY path")) {
            ps.setString(1, name);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) files.put(rs.getString(1), rs.getString(2));
            }
        }
        for (String sha : files.values()) fetch(c, blobs, sha);
        return new ArtifactVersion(name, one(c, "SELECT type FROM artifacts WHERE name = ? AND version = ?", name, version),
                version, one(c, "SELECT digest FROM artifacts WHERE name = ? AND version = ?", name, version),
                java.util.Collections.unmodifiableSequencedMap(files),
                column(c, "SELECT alias FROM artifact_aliases WHERE name = ? AND version = ? ORDER BY alias", name, version),
                column(c, "SELECT run_id FROM artifact_lineage WHERE name = ? AND version = ? AND role = 'logged' ORDER BY time, run_id", name, version),
                column(c, "SELECT run_id FROM artifact_lineage WHERE name = ? AND version = ? AND role = 'used' ORDER BY time, run_id", name, version),
                blobs);
    }

    /** Copies the file into the blob folder under its SHA-256 (hashing the copy, so name and content agree); nothing when present. */
    private static String storeBlob(Path blobs, Path file) {
        try {
            Files.createDirectories(blobs);
            Path tmp = Files.createTempFile(blobs, ".incoming-", ".tmp");
            try {
                Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
                String sha = AtomicFiles.sha256(tmp);
                Path target = blob(blobs, sha);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
                return sha;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies blob {@code sha} from the folder into the database when the store is shared (a
     * PostgreSQL store: another host's folder will not have it); nothing when the row exists.
     */
    static void share(Connection c, Store store, Path blobs, String sha) throws SQLException {
        if (!store.dialect().sharesBlobs() || one(c, "SELECT 1 FROM blobs WHERE sha256 = ?", sha) != null) return;
        Path file = blob(blobs, sha);
        try (PreparedStatement ps = c.prepareStatement(store.dialect().insertIgnore("blobs", "sha256", "data"));
             var in = Files.newInputStream(file)) {
            ps.setString(1, sha);
            ps.setBinaryStream(2, in, Files.size(file));
            ps.executeUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes blob {@code sha} into the folder from the database when the folder lacks it (it was logged on another host). */
    static void fetch(Connection c, Path blobs, String sha) throws SQLException {
        if (sha == null || Files.exists(blob(blobs, sha))) return;
        try (PreparedStatement ps = c.prepareStatement("SELECT data FROM blobs WHERE sha256 = ?")) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) AtomicFiles.write(blob(blobs, sha), rs.getBytes(1));
            }
        }
    }

    /** Stores {@code bytes} as a blob under their SHA-256 (nothing when present) and returns it. */
    static String storeBytes(Path blobs, byte[] bytes) {
        String sha = AtomicFiles.sha256(bytes);
        Path target = blob(blobs, sha);
        if (!Files.exists(target)) AtomicFiles.write(target, bytes);
        return sha;
    }

    static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        }
    }

    private static String one(Connection c, String sql, Object... args) throws SQLException {
        List<String> col = column(c, sql, args);
        return col.isEmpty() ? null : col.getFirst();
    }

    private static List<String> column(Connection c, String sql, Object... args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) if (rs.getString(1) != null) out.add(rs.getString(1));
            }
        }
        return List.copyOf(out);
    }
}
