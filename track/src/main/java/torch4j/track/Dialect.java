package torch4j.track;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where SQLite and PostgreSQL differ, and nothing else: the rest of the package writes one SQL for
 * both. An upsert ({@code INSERT OR REPLACE} against {@code ON CONFLICT DO UPDATE}), an insert
 * that skips duplicates, the key-only table clause, the order runs were inserted in, and how
 * concurrent writers are kept apart: SQLite takes the whole database's write lock at {@code BEGIN}
 * (an IMMEDIATE transaction), so its row locks and named locks are no-ops; PostgreSQL locks rows
 * ({@code FOR UPDATE}, {@code SKIP LOCKED} for a queue) and names ({@code pg_advisory_xact_lock}).
 */
enum Dialect {
    SQLITE, POSTGRESQL;

    /** {@code INSERT} that replaces the row with the same {@code keys}: {@code columns} lists the keys first. */
    String upsert(String table, int keys, String... columns) {
        String insert = "INSERT INTO " + table + "(" + String.join(", ", columns) + ") VALUES (" + marks(columns.length) + ")";
        if (this == SQLITE) return insert.replaceFirst("^INSERT", "INSERT OR REPLACE");
        List<String> set = new ArrayList<>();
        for (String c : Arrays.copyOfRange(columns, keys, columns.length)) set.add(c + " = EXCLUDED." + c);
        return insert + " ON CONFLICT (" + String.join(", ", Arrays.copyOf(columns, keys)) + ") DO "
                + (set.isEmpty() ? "NOTHING" : "UPDATE SET " + String.join(", ", set));
    }

    /** {@code INSERT} that does nothing when a row with the same key exists. */
    String insertIgnore(String table, String... columns) {
        String insert = "INSERT INTO " + table + "(" + String.join(", ", columns) + ") VALUES (" + marks(columns.length) + ")";
        return this == SQLITE ? insert.replaceFirst("^INSERT", "INSERT OR IGNORE") : insert + " ON CONFLICT DO NOTHING";
    }

    /** What follows a table's closing parenthesis: SQLite keeps a table keyed by its primary key alone without a rowid. */
    String keyedTable() { return this == SQLITE ? " WITHOUT ROWID" : ""; }

    /** The type of a column of bytes. */
    String bytesType() { return this == SQLITE ? "BLOB" : "BYTEA"; }

    /**
     * Whether file contents (artifact and media blobs) are copied into the database as well as the
     * project folder: a PostgreSQL store is shared by hosts whose folders are not, and a host
     * fetches from it what its folder lacks. SQLite's database sits beside its folder: the folder
     * alone holds the bytes.
     */
    boolean sharesBlobs() { return this == POSTGRESQL; }

    /** The runs table's column that counts insertions (SQLite's implicit rowid; a serial column on PostgreSQL). */
    String insertionColumn() { return this == SQLITE ? "" : ", seq BIGSERIAL"; }

    /** The expression that orders runs as they were inserted. */
    String insertionOrder() { return this == SQLITE ? "rowid" : "seq"; }

    /** Appended to a SELECT: lock the rows read until the transaction ends (other writers wait). */
    String forUpdate() { return this == SQLITE ? "" : " FOR UPDATE"; }

    /** Appended to a SELECT of a work queue: lock the rows read, passing over rows another transaction holds. */
    String skipLocked() { return this == SQLITE ? "" : " FOR UPDATE SKIP LOCKED"; }

    /**
     * Makes this transaction's commit wait until it is on disk, where the connection's commits do
     * not ({@code synchronous_commit} is off for a PostgreSQL store: see {@link Store}); SQLite's
     * commits are all alike.
     */
    void durableCommit(Connection c) throws SQLException {
        if (this == SQLITE) return;
        try (var st = c.createStatement()) {
            st.execute("SET LOCAL synchronous_commit TO on");
        }
    }

    /** Holds the lock named {@code name} until the transaction ends: writers of one name take turns. */
    void lock(Connection c, String name) throws SQLException {
        if (this == SQLITE) return;
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, "torch4j.track:" + name);
            ps.execute();
        }
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
