package torch4j.track;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SequencedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import torch4j.Torch;

/**
 * A named, typed set of files to version with a run ({@code wandb.Artifact}): a dataset, a
 * model, code. {@link Run#logArtifact} stores it: each file by its SHA-256 (stored once however
 * many versions or artifacts hold it), and a new version {@code v0, v1, ...} only when the
 * content differs from every earlier version; {@code latest} names the last one logged.
 *
 * <pre>{@code
 * jshell> var data = Artifact.of("mnist", "dataset").addDir(Path.of("data/mnist"));
 * jshell> run.logArtifact(data)                       // mnist:v0
 * jshell> var model = Artifact.of("cnn", "model").addCheckpoint("model.pt", net.stateDict());
 * jshell> run.logArtifact(model, "best")              // cnn:v3, aliases [best, latest]
 * jshell> net.loadStateDict(other.useArtifact("cnn:best").load("model.pt"))
 * }</pre>
 */
public final class Artifact {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final String name;
    private final String type;
    /** Path in the artifact (forward slashes) to the file on disk, sorted so the digest is the same however they were added. */
    private final TreeMap<String, Path> files = new TreeMap<>();

    private Artifact(String name, String type) {
        this.name = name;
        this.type = type;
    }

    /** A new, empty artifact called {@code name} of {@code type} ({@code "dataset"}, {@code "model"}, ...). */
    public static Artifact of(String name, String type) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("artifact name must be letters, digits, '.', '_' or '-', got '" + name + "'");
        }
        if (type == null || type.isBlank()) throw new IllegalArgumentException("an artifact needs a type, such as \"dataset\" or \"model\"");
        return new Artifact(name, type);
    }

    /** The artifact's name. */
    public String name() { return name; }

    /** The artifact's type. */
    public String type() { return type; }

    /** The files added so far: path in the artifact to path on disk. */
    public SequencedMap<String, Path> files() { return Collections.unmodifiableSequencedMap(files); }

    /** Adds a file under its own file name. */
    public Artifact addFile(Path file) { return addFile(file, file.getFileName().toString()); }

    /** Adds a file under {@code nameInArtifact} (may have folders: {@code "train/labels.idx"}). */
    public Artifact addFile(Path file, String nameInArtifact) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("not a file: " + file);
        String key = nameInArtifact.replace('\\', '/');
        if (key.isEmpty() || key.startsWith("/") || Path.of(key).normalize().startsWith("..")) {
            throw new IllegalArgumentException("a path in an artifact must be relative and stay inside it, got '" + nameInArtifact + "'");
        }
        Path previous = files.put(key, file);
        if (previous != null && !previous.equals(file)) throw new IllegalArgumentException("the artifact already has a file '" + key + "'");
        return this;
    }

    /** Adds every file under {@code dir}, with its path relative to {@code dir}. */
    public Artifact addDir(Path dir) { return addDir(dir, ""); }

    /** Adds every file under {@code dir} under the folder {@code prefix} of the artifact. */
    public Artifact addDir(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("not a folder: " + dir);
        String base = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        try (var walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                addFile(f, base + dir.relativize(f).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Adds a checkpoint written with {@code Torch.save(obj, ...)} (a state dict, a tensor, a map of
     * them) as {@code nameInArtifact}; {@link ArtifactVersion#load} reads it back.
     */
    public Artifact addCheckpoint(String nameInArtifact, Object obj) {
        try {
            // saved under its own file name: the archive inside is named after the file, so the
            // same weights give the same bytes (and so the same version) each time
            Path tmpDir = Files.createTempDirectory("torch4j-checkpoint-");
            Path file = tmpDir.resolve(Path.of(nameInArtifact).getFileName().toString());
            tmpDir.toFile().deleteOnExit();          // deleted in reverse order: the file, then its folder
            file.toFile().deleteOnExit();
            Torch.save(obj, file);
            return addFile(file, nameInArtifact);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public String toString() {
        return "Artifact(" + name + ", type=" + type + ", " + files.size() + " files)";
    }
}
