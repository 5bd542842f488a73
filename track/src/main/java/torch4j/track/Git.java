package torch4j.track;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The commit checked out where the program runs, read from the {@code .git} files (no {@code git}
 * process): HEAD, the branch's ref file or {@code packed-refs}; linked worktrees ({@code .git} is
 * a file naming the git dir, whose {@code commondir} holds the refs) included.
 */
final class Git {
    private Git() {}

    /** The commit hash of HEAD in the repository containing {@code start}, if there is one. */
    static Optional<String> head(Path start) {
        try {
            for (Path d = start.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
                Path git = d.resolve(".git");
                if (Files.isDirectory(git)) return resolveHead(git);
                if (Files.isRegularFile(git)) {
                    String line = Files.readString(git).strip();
                    if (!line.startsWith("gitdir:")) return Optional.empty();
                    return resolveHead(d.resolve(line.substring("gitdir:".length()).strip()).normalize());
                }
            }
        } catch (IOException e) {
            // an unreadable repository: no commit is recorded rather than failing the run
        }
        return Optional.empty();
    }

    private static Optional<String> resolveHead(Path gitDir) throws IOException {
        String head = Files.readString(gitDir.resolve("HEAD")).strip();
        if (!head.startsWith("ref:")) return Optional.of(head);
        String ref = head.substring(4).strip();
        Path common = gitDir;
        Path commondir = gitDir.resolve("commondir");
        if (Files.isRegularFile(commondir)) common = gitDir.resolve(Files.readString(commondir).strip()).normalize();
        for (Path base : new Path[] {gitDir, common}) {
            Path file = base.resolve(ref);
            if (Files.isRegularFile(file)) return Optional.of(Files.readString(file).strip());
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed)) {
                if (line.endsWith(" " + ref)) return Optional.of(line.substring(0, line.indexOf(' ')));
            }
        }
        return Optional.empty();
    }
}
