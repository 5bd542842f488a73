package torch4j.track;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SequencedMap;
import torch4j.Torch;

/**
 * One stored version of an artifact ({@code cnn:v3}): its files by content hash, its aliases,
 * and its lineage (the runs that logged it and the runs that used it).
 *
 * <pre>{@code
 * jshell> var v = run.useArtifact("mnist:latest");
 * jshell> v.version() + " " + v.aliases() + " logged by " + v.loggedBy()
 * $2 ==> "v1 [latest] logged by [3kq0x1ab]"
 * jshell> Path dir = v.download();                  // the files, as they were logged
 * }</pre>
 *
 * @param name     the artifact's name
 * @param type     its type
 * @param index    the version number ({@code 3} for {@code v3})
 * @param digest   the SHA-256 over its files' paths and hashes
 * @param files    path in the artifact to the file's SHA-256
 * @param aliases  its aliases ({@code latest}, and those given to {@code logArtifact})
 * @param loggedBy the ids of the runs that logged this content, first the one that made it
 * @param usedBy   the ids of the runs that used it
 * @param blobs    the folder of the content-addressed files
 */
public record ArtifactVersion(String name, String type, int index, String digest, SequencedMap<String, String> files,
                              List<String> aliases, List<String> loggedBy, List<String> usedBy, Path blobs) {
    /** {@code "v3"}. */
    public String version() { return "v" + index; }

    /** The stored file (read it, do not change it: it is shared by every version holding the same content). */
    public Path file(String path) {
        String sha = files.get(path);
        if (sha == null) throw new IllegalArgumentException(name + ":" + version() + " has no file '" + path + "'; it has " + files.keySet());
        return ArtifactStore.blob(blobs, sha);
    }

    /** Reads a checkpoint file of this version with {@code Torch.load}. */
    public <T> T load(String path) { return Torch.load(file(path)); }

    /** The files copied into {@code blobs/../files/NAME/vN} (once; later calls return the same folder). */
    public Path download() {
        Path dir = blobs.resolveSibling("files").resolve(name).resolve(version());
        if (Files.isDirectory(dir)) return dir;
        try {
            Files.createDirectories(dir.getParent());
            Path tmp = Files.createTempDirectory(dir.getParent(), "." + version() + "-");
            download(tmp);
            try {
                Files.move(tmp, dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isDirectory(dir)) throw e;    // another process made it first: the same content
                ArtifactStore.deleteTree(tmp);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the files into {@code dir}, each written atomically. */
    public Path download(Path dir) {
        for (var e : files.entrySet()) AtomicFiles.copy(ArtifactStore.blob(blobs, e.getValue()), dir.resolve(e.getKey()));
        return dir;
    }

    @Override public String toString() {
        return name + ":" + version() + " (" + type + ", " + files.size() + " files, aliases " + aliases + ")";
    }
}
