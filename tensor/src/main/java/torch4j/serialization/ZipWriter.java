package torch4j.serialization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import torch4j.storage.Storage;

/**
 * Writes a zip archive the way PyTorch's {@code PyTorchStreamWriter} (caffe2's inline_container,
 * over miniz) does, byte for byte: records stored uncompressed, each one's data aligned to 64
 * bytes by an {@code "FB"} extra field of {@code 'Z'} padding (so readers can map tensors in
 * place), a data descriptor after each non-empty record, zero DOS times, the UTF-8 flag, and the zip64 end
 * records always. Zip64 extras appear only for a record or offset of 4 GiB or more, as miniz does.
 */
final class ZipWriter {
    private static final int ALIGNMENT = 64;
    private static final long MAX32 = 0xFFFFFFFFL;
    private static final int UTF8 = 0x0800, DESCRIPTOR = 0x0008;   // bit 11: UTF-8 names; bit 3: sizes in a data descriptor

    private record Entry(byte[] name, long offset, long size, int crc) {}

    private final ByteSink out;
    private final List<Entry> entries = new ArrayList<>();
    /** Sizes and offsets from here on need zip64 fields: 4 GiB - 1, lower only in tests (no test writes 4 GiB). */
    private final long big;

    ZipWriter(ByteSink out) { this(out, MAX32); }

    ZipWriter(ByteSink out, long zip64Threshold) {
        this.out = out;
        this.big = zip64Threshold;
    }

    /** A 32-bit size or offset field: the value, or 0xFFFFFFFF when the zip64 extra holds it. */
    private long field(long v) { return v >= big ? MAX32 : v; }

    /** A record with the bytes of {@code data}. */
    void record(String name, byte[] data) throws IOException {
        long start = begin(name, data.length);
        out.data(data, 0, data.length);
        end(name, start, data.length);
    }

    /** A record with a storage's elements, little-endian. */
    void record(String name, Storage s) throws IOException {
        long size = (long) s.length() * s.dtype().itemSize();
        long start = begin(name, size);
        out.data(s);
        end(name, start, size);
    }

    private long begin(String name, long size) throws IOException {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        long offset = out.position();
        boolean bigSize = size >= big, bigOffset = offset >= big;
        int zip64 = bigSize || bigOffset ? 4 + (bigSize ? 16 : 0) + (bigOffset ? 8 : 0) : 0;
        // PyTorch's getPadding: data starts after the 30-byte header, the name, the zip64 extra and the FB field header
        long dataStart = offset + 30 + n.length + zip64 + 4;
        int padding = (int) ((ALIGNMENT - dataStart % ALIGNMENT) % ALIGNMENT);
        Le h = new Le(30 + n.length + zip64 + 4 + padding);
        h.i32(0x04034b50).i16(0).i16(flags(size)).i16(0).i16(0).i16(0).i32(0).i32(0).i32(0)
                .i16(n.length).i16(zip64 + 4 + padding).bytes(n);
        if (zip64 > 0) {   // miniz fills it before writing the data: the compressed size is still 0 then
            h.i16(1).i16(zip64 - 4);
            if (bigSize) h.i64(size).i64(0);
            if (bigOffset) h.i64(offset);
        }
        byte[] pad = new byte[padding];
        Arrays.fill(pad, (byte) 'Z');
        h.i16('F' | 'B' << 8).i16(padding).bytes(pad);
        out.header(h.array());
        out.takeCrc();
        return offset;
    }

    /** miniz writes a data descriptor after every record except an empty one. */
    private static int flags(long size) { return size == 0 ? UTF8 : UTF8 | DESCRIPTOR; }

    private void end(String name, long offset, long size) throws IOException {
        int crc = out.takeCrc();
        entries.add(new Entry(name.getBytes(StandardCharsets.UTF_8), offset, size, crc));
        if (size == 0) return;
        boolean zip64 = size >= big || offset >= big;
        Le d = new Le(zip64 ? 24 : 16).i32(0x08074b50).i32(crc);
        if (zip64) d.i64(size).i64(size);
        else d.i32((int) size).i32((int) size);
        out.header(d.array());
    }

    /** The central directory and the end records; the archive is complete afterwards. */
    void finish() throws IOException {
        long cdStart = out.position();
        for (Entry e : entries) {
            boolean bigSize = e.size >= big, bigOffset = e.offset >= big;
            int zip64 = bigSize || bigOffset ? 4 + (bigSize ? 16 : 0) + (bigOffset ? 8 : 0) : 0;
            Le c = new Le(46 + e.name.length + zip64);
            c.i32(0x02014b50).i16(0).i16(0).i16(flags(e.size)).i16(0).i16(0).i16(0).i32(e.crc)
                    .i32((int) field(e.size)).i32((int) field(e.size))
                    .i16(e.name.length).i16(zip64).i16(0).i16(0).i16(0).i32(0).i32((int) field(e.offset)).bytes(e.name);
            if (zip64 > 0) {
                c.i16(1).i16(zip64 - 4);
                if (bigSize) c.i64(e.size).i64(e.size);
                if (bigOffset) c.i64(e.offset);
            }
            out.header(c.array());
        }
        long cdEnd = out.position(), cdSize = cdEnd - cdStart, n = entries.size();
        Le end = new Le(56 + 20 + 22);
        end.i32(0x06064b50).i64(44).i16(0x031e).i16(45).i32(0).i32(0).i64(n).i64(n).i64(cdSize).i64(cdStart);
        end.i32(0x07064b50).i32(0).i64(cdEnd).i32(1);
        end.i32(0x06054b50).i16(0).i16(0).i16((int) Math.min(n, 0xFFFF)).i16((int) Math.min(n, 0xFFFF))
                .i32((int) Math.min(cdSize, MAX32)).i32((int) Math.min(cdStart, MAX32)).i16(0);
        out.header(end.array());
        out.flush();
    }

    /** A little-endian header builder. */
    private static final class Le {
        private final ByteBuffer b;
        Le(int size) { b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN); }
        Le i16(int v) { b.putShort((short) v); return this; }
        Le i32(int v) { b.putInt(v); return this; }
        Le i64(long v) { b.putLong(v); return this; }
        Le bytes(byte[] v) { b.put(v); return this; }
        byte[] array() {
            if (b.hasRemaining()) throw new IllegalStateException("zip header size miscounted");
            return b.array();
        }
    }
}
