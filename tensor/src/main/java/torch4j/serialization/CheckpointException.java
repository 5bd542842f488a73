package torch4j.serialization;

/**
 * A checkpoint that cannot be read or written: a truncated or corrupted file, a format torch4j
 * does not read, a global the restricted unpickler refuses, or a value it cannot save. Loading
 * either returns the whole object or throws this; it never returns part of one.
 *
 * <pre>{@code
 * jshell> Torch.load("half-written.pt")
 * |  Exception torch4j.serialization.CheckpointException: PytorchStreamReader failed reading zip archive: failed finding central directory (half-written.pt)
 * }</pre>
 */
public class CheckpointException extends RuntimeException {
    /** An error with PyTorch's words where PyTorch has some for it. */
    public CheckpointException(String message) { super(message); }

    /** An error caused by {@code cause} (an I/O error while reading, say). */
    public CheckpointException(String message, Throwable cause) { super(message, cause); }
}
