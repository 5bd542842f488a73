package torch4j.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * {@code torch.save} and {@code torch.load}: checkpoints in PyTorch's own file format, so a file
 * saved here loads in Python with {@code torch.load} and a file PyTorch saved loads here.
 * {@link torch4j.Torch#save} and {@link torch4j.Torch#load} call these.
 *
 * <pre>{@code
 * jshell> Torch.save(net.stateDict(), "net.pt")
 * jshell> net.loadStateDict(Torch.load("net.pt"))
 * $3 ==> <All keys matched successfully>
 * jshell> Torch.save(Map.of("model", net.stateDict(), "optim", opt.stateDict(), "epoch", 5), "ckpt.pt")
 * }</pre>
 *
 * <p><b>Format.</b> The zip archive PyTorch 1.6+ writes, exactly as 1.13 writes it: records stored
 * uncompressed and 64-byte aligned, {@code <name>/data.pkl} (a protocol-2 pickle whose persistent
 * ids name storages), {@code <name>/data/0..N} (raw little-endian elements), {@code <name>/version}.
 * {@code <name>} is the file name without extension ({@code net.pt} → {@code net/}), {@code archive}
 * for streams. A state dict saved here is byte for byte the file PyTorch 1.13 writes for the same
 * tensors. PyTorch's legacy pre-1.6 format and TorchScript archives are refused with a message.
 *
 * <p><b>What can be saved, and what loading returns.</b> Tensors (views keep their storage, offset
 * and strides, and as in PyTorch a view saves its whole storage, so save a {@code clone()} of a
 * small slice of a big tensor; tensors sharing a storage share it again after loading;
 * {@code requires_grad} is kept), {@link torch4j.nn.Parameter}s, state dicts ({@link torch4j.nn.Module#stateDict()}, an
 * {@link OrderedDict} with PyTorch's {@code _metadata}), optimizer state dicts, and Maps and Lists
 * of them with numbers, strings, booleans and null. Python types map as: dict ↔ {@code Map}
 * (loaded as {@code LinkedHashMap}), OrderedDict ↔ {@link OrderedDict}, list ↔ a modifiable
 * {@code List} (loaded as {@code ArrayList}), tuple ↔ an unmodifiable {@code List} ({@code List.of},
 * {@code List.copyOf}, {@code Collections.unmodifiableList}, {@code stream().toList()}: so Adam's
 * {@code betas} stay a tuple), int ↔ {@code Integer}/{@code Long}/{@code BigInteger} (loaded as
 * the narrowest that holds it), float ↔ {@code Double} ({@code Float} saves as float), str ↔
 * {@code String}, bool ↔ {@code Boolean}, None ↔ null, {@code torch.Size} ↔ {@link torch4j.Size},
 * {@code torch.float32} ↔ {@link torch4j.DType}. Every dtype torch4j has is supported; storages
 * saved on a GPU load on the CPU.
 *
 * <p><b>Safety.</b> Loading executes no code: the unpickler accepts only the globals a tensor,
 * parameter, state dict or optimizer state needs (PyTorch's {@code weights_only=True} allow-list,
 * plus {@code collections.Counter}, which LR scheduler states hold and which loads as a dict) and
 * refuses anything else with {@code Unsupported class <module>.<name>}. Every size, offset and
 * stride is checked against the file and every record's CRC-32 is verified, so a truncated or
 * corrupted file raises {@link CheckpointException}; a load never returns part of an object.
 * Saving to a path is atomic: a temporary file in the same directory, forced to disk, renamed over
 * the target. Streams are neither closed nor flushed beyond what was written; {@code load} reads a
 * stream to its end (up to 2 GiB; use a file for more).
 *
 * <p>I/O failures (a missing file, no permission) surface as {@link UncheckedIOException}.
 */
public final class Checkpoints {
    private Checkpoints() {}

    /** Saves {@code obj} to {@code path} atomically ({@code torch.save(obj, path)}). */
    public static void save(Object obj, Path path) {
        Path name = path.getFileName();
        if (name == null) throw new IllegalArgumentException("not a file path: " + path);
        PyTorchFormat.Prepared p = PyTorchFormat.prepare(obj, PyTorchFormat.archiveName(name.toString()));
        AtomicFile.write(path, p::writeTo);
    }

    /** Saves {@code obj} to the file at {@code path}. */
    public static void save(Object obj, String path) { save(obj, Path.of(path)); }

    /** Writes {@code obj} to {@code out} (archive name {@code archive}), leaving the stream open. */
    public static void save(Object obj, OutputStream out) {
        PyTorchFormat.Prepared p = PyTorchFormat.prepare(obj, "archive");
        try {
            p.writeTo(ByteSink.channel(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads what {@link #save} or PyTorch's {@code torch.save} wrote ({@code torch.load(path)}); the
     * result type is inferred where it is assigned, e.g. {@code Map<String, Tensor> sd = load(path)}.
     */
    @SuppressWarnings("unchecked")
    public static <T> T load(Path path) {
        return (T) readMapped(path, PyTorchFormat::read);
    }

    interface Reader<T> { T read(ByteSource src) throws IOException; }

    /** Runs {@code reader} over the mapped file, unmapping it after (every tensor has been copied out by then). */
    static <T> T readMapped(Path path, Reader<T> reader) {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            return reader.read(ByteSource.map(ch, arena));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        } catch (InternalError e) {   // how the JVM reports SIGBUS from a mapped file that shrank under us
            throw new CheckpointException("reading " + path + " failed: the file was truncated while it was being read", e);
        }
    }

    /** Loads the file at {@code path}. */
    public static <T> T load(String path) { return load(Path.of(path)); }

    /** Loads a checkpoint from {@code in}, reading it to its end (the stream stays open). */
    @SuppressWarnings("unchecked")
    public static <T> T load(InputStream in) {
        try {
            byte[] bytes = readAll(in);
            return (T) PyTorchFormat.read(ByteSource.of(bytes, bytes.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a stream to its end, refusing more than an array can hold rather than failing with OutOfMemoryError. */
    static byte[] readAll(InputStream in) throws IOException {
        byte[] b = new byte[1 << 16];
        int n = 0;
        while (true) {
            int r = in.read(b, n, b.length - n);
            if (r < 0) return n == b.length ? b : Arrays.copyOf(b, n);
            n += r;
            if (n == b.length) {
                if (b.length >= Integer.MAX_VALUE - 8)
                    throw new CheckpointException("a checkpoint stream over 2 GiB: save it to a file and load the file instead");
                b = Arrays.copyOf(b, (int) Math.min(Integer.MAX_VALUE - 8L, b.length * 2L));
            }
        }
    }
}
