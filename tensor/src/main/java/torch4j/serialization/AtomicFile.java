package torch4j.serialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file atomically: the content goes to a temporary file in the same directory (so the
 * rename cannot cross file systems), is forced to disk, and is renamed over the target, whose
 * directory entry is then forced too. A crash or an exception at any point leaves either the old
 * file or the new one, never a half-written checkpoint; the temporary file is removed on failure.
 */
final class AtomicFile {
    private AtomicFile() {}

    interface Body { void write(FileChannel channel) throws IOException; }

    static void write(Path target, Body body) {
        try {
            if (Files.isSymbolicLink(target)) target = target.toRealPath();   // replace what the link points at, as open() would write it
            Path dir = target.toAbsolutePath().getParent();
            Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            boolean done = false;
            try {
                // CREATE_NEW with default permissions: the umask applies, as it does to the file PyTorch's open() creates
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    body.write(ch);
                    ch.force(true);
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                done = true;
            } finally {
                if (!done) Files.deleteIfExists(tmp);
            }
            forceDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Makes the rename durable; some platforms cannot open a directory for this, and there it is skipped. */
    private static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot fsync a directory; its MoveFileEx is already durable enough for us there
        }
    }
}
