package torch4j.serialization;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.zip.CRC32;
import torch4j.storage.Storage;

/**
 * A buffered byte writer over a channel that counts what it wrote (zip headers need offsets) and
 * keeps a CRC-32 of the current record's data. Storages go through one direct buffer in chunks,
 * so a large tensor is never copied whole into a byte array.
 */
final class ByteSink {
    /** Large enough that a write is one syscall per megabyte, small enough to stay in cache for the CRC. */
    private static final int CHUNK = 1 << 20;

    private final WritableByteChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK);
    private final MemorySegment segment = MemorySegment.ofBuffer(buffer);
    private final CRC32 crc = new CRC32();
    private long position;

    ByteSink(WritableByteChannel channel) { this.channel = channel; }

    /**
     * A channel over {@code out} that is not closed with it: a FileOutputStream's own channel, else
     * megabyte writes (Channels.newChannel would cut them into 8 KiB ones).
     */
    static WritableByteChannel channel(OutputStream out) {
        if (out instanceof FileOutputStream f) return f.getChannel();
        return new WritableByteChannel() {
            private final byte[] tmp = new byte[CHUNK];
            @Override public int write(ByteBuffer src) throws IOException {
                int n = src.remaining();
                while (src.hasRemaining()) {
                    int k = Math.min(tmp.length, src.remaining());
                    src.get(tmp, 0, k);
                    out.write(tmp, 0, k);
                }
                return n;
            }
            @Override public boolean isOpen() { return true; }
            @Override public void close() {}
        };
    }

    /** Bytes written so far (buffered ones included). */
    long position() { return position; }

    /** Header bytes: counted but not part of any record's CRC. */
    void header(byte[] b) throws IOException { put(b, 0, b.length, false); }

    /** Record bytes: counted and added to the CRC. */
    void data(byte[] b, int off, int len) throws IOException { put(b, off, len, true); }

    /** A whole storage's elements, little-endian, as record data. */
    void data(Storage s) throws IOException { data(s, 0, s.length()); }

    /** Elements {@code from .. from + count} of a storage, little-endian, as record data. */
    void data(Storage s, int from, int length) throws IOException {
        Object array = s.array();
        int item = s.dtype().itemSize(), perChunk = CHUNK / item, n = from + length;
        for (int i = from; i < n; ) {
            if (buffer.remaining() < item) drain();
            int count = Math.min(n - i, buffer.remaining() / item);
            int start = buffer.position();
            StorageBytes.toBytes(array, s.dtype(), i, segment, start, count);
            int end = start + count * item;
            crc.update(buffer.slice(start, end - start));
            buffer.position(end);
            position += (long) count * item;
            i += count;
            if (count == perChunk) drain();
        }
    }

    /** The CRC-32 of the data since the last call, and a fresh start for the next record. */
    int takeCrc() {
        int v = (int) crc.getValue();
        crc.reset();
        return v;
    }

    private void put(byte[] b, int off, int len, boolean record) throws IOException {
        if (record) crc.update(b, off, len);
        position += len;
        while (len > 0) {
            if (!buffer.hasRemaining()) drain();
            int n = Math.min(len, buffer.remaining());
            buffer.put(b, off, n);
            off += n;
            len -= n;
        }
    }

    private void drain() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) channel.write(buffer);
        buffer.clear();
    }

    /** Writes out what is buffered (the channel stays open). */
    void flush() throws IOException { drain(); }
}
