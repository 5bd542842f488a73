package torch4j.serialization;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;
import torch4j.DType;

/**
 * Random access to a checkpoint's bytes: a file mapped into memory (tensor data is then copied
 * once, from the page cache straight into the Java arrays), or an array holding what a stream
 * delivered. A file truncated by someone else while it is mapped makes the JVM raise an
 * InternalError; {@link Checkpoints} turns that into a {@link CheckpointException}.
 */
interface ByteSource {
    /** Total length in bytes. */
    long size();

    /** Fills {@code dst} from {@code position}; callers check bounds against {@link #size()} first. */
    void read(long position, ByteBuffer dst) throws IOException;

    /** {@code length} bytes from {@code position} as an array (for headers and the pickle). */
    default byte[] bytes(long position, int length) throws IOException {
        byte[] out = new byte[length];
        read(position, ByteBuffer.wrap(out));
        return out;
    }

    /**
     * {@code bytes} bytes of elements from {@code position} into {@code array}, through a direct
     * buffer of a megabyte at a time (cache-sized, and no whole-tensor byte copy); each chunk is
     * added to {@code crc} when one is given.
     */
    default void readElements(long position, long bytes, ByteOrder order, Object array, DType dtype, CRC32 crc) throws IOException {
        int item = dtype.itemSize();
        if (bytes % item != 0) throw new IllegalArgumentException("not a whole number of elements");
        ByteBuffer buf = ByteBuffer.allocateDirect((int) Math.min(1 << 20, Math.max(bytes, item)));
        MemorySegment seg = MemorySegment.ofBuffer(buf);
        int perChunk = buf.capacity() / item;
        for (long done = 0, index = 0; done < bytes; ) {
            int count = (int) Math.min(perChunk, (bytes - done) / item);
            buf.clear().limit(count * item);
            read(position + done, buf);
            buf.flip();
            if (crc != null) crc.update(buf);
            StorageBytes.fromBytes(seg, 0, order, array, dtype, (int) index, count);
            done += (long) count * item;
            index += count;
        }
    }

    /** The whole file, mapped read-only for the life of {@code arena}. */
    static ByteSource map(FileChannel channel, Arena arena) throws IOException {
        MemorySegment file = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), arena);
        return new ByteSource() {
            @Override public long size() { return file.byteSize(); }
            @Override public void read(long position, ByteBuffer dst) {
                int n = dst.remaining();
                MemorySegment.copy(file, position, MemorySegment.ofBuffer(dst), 0, n);
                dst.position(dst.position() + n);
            }
            @Override public void readElements(long position, long bytes, ByteOrder order, Object array, DType dtype, CRC32 crc) {
                int item = dtype.itemSize();
                if (bytes % item != 0) throw new IllegalArgumentException("not a whole number of elements");
                // whole-record passes: the CRC intrinsic and the bulk copy run fastest on long runs (measured: chunking
                // to keep data in cache was slower); pieces of 1 GiB only because a ByteBuffer cannot be longer
                long piece = (1L << 30) / item * item;
                for (long done = 0; done < bytes; done += piece) {
                    long n = Math.min(piece, bytes - done);
                    if (crc != null) crc.update(file.asSlice(position + done, n).asByteBuffer());
                    StorageBytes.fromBytes(file, position + done, order, array, dtype, (int) (done / item), (int) (n / item));
                }
            }
        };
    }

    static ByteSource of(byte[] bytes, int length) {
        return new ByteSource() {
            @Override public long size() { return length; }
            @Override public void read(long position, ByteBuffer dst) {
                dst.put(bytes, (int) position, dst.remaining());
            }
        };
    }
}
