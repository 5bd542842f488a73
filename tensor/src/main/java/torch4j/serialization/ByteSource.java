package torch4j.serialization;

import java.io.EOFException;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;
import torch4j.DType;

/**
 * Random access to a checkpoint's bytes: a file read through positional channel reads (no
 * memory mapping, so a file truncated under us gives an error rather than SIGBUS), or an array
 * holding what a stream delivered.
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

    static ByteSource of(FileChannel channel) throws IOException {
        long size = channel.size();
        return new ByteSource() {
            @Override public long size() { return size; }
            @Override public void read(long position, ByteBuffer dst) throws IOException {
                while (dst.hasRemaining()) {
                    int n = channel.read(dst, position);
                    if (n < 0) throw new EOFException("file ended at byte " + position + " (was it truncated while being read?)");
                    position += n;
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
