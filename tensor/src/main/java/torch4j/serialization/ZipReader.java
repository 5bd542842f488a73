package torch4j.serialization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import torch4j.DType;

/**
 * Reads the uncompressed zip archives PyTorch writes (and any stored zip), trusting nothing: every
 * offset and size is checked against the file before it is used, local headers must agree with
 * the central directory, names must be unique, and each record's CRC-32 is verified, so a
 * truncated or corrupted file gives a {@link CheckpointException} instead of wrong tensors.
 */
final class ZipReader {
    /** One central directory entry. */
    record Entry(String name, byte[] rawName, long headerOffset, long size, int crc, int method) {}

    private final ByteSource src;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    ZipReader(ByteSource src) throws IOException {
        this.src = src;
        readCentralDirectory();
    }

    /** Entry names in directory order. */
    List<String> names() { return List.copyOf(entries.keySet()); }

    /** The entry called {@code name}, or null. */
    Entry entry(String name) { return entries.get(name); }

    private static CheckpointException noDirectory() {
        return new CheckpointException("PytorchStreamReader failed reading zip archive: failed finding central directory");
    }

    private void readCentralDirectory() throws IOException {
        long size = src.size();
        if (size < 22) throw noDirectory();
        int tailLen = (int) Math.min(size, 22 + 0xFFFF + 20);
        ByteBuffer tail = ByteBuffer.wrap(src.bytes(size - tailLen, tailLen)).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = -1;
        for (int p = tailLen - 22; p >= 0; p--)   // the end record is the last one whose comment reaches the end of the file
            if (tail.getInt(p) == 0x06054b50 && p + 22 + (tail.getShort(p + 20) & 0xFFFF) == tailLen) { eocd = p; break; }
        if (eocd < 0) throw noDirectory();
        long count = tail.getShort(eocd + 10) & 0xFFFF;
        long cdSize = tail.getInt(eocd + 12) & 0xFFFFFFFFL, cdOffset = tail.getInt(eocd + 16) & 0xFFFFFFFFL;
        long eocdPos = size - tailLen + eocd;
        if (eocd >= 20 && tail.getInt(eocd - 20) == 0x07064b50) {   // zip64: the locator points at the zip64 end record
            long z = tail.getLong(eocd - 12);
            if (z < 0 || z > eocdPos - 20 - 56) throw corrupt("zip64 end of central directory locator is out of range");
            ByteBuffer r = ByteBuffer.wrap(src.bytes(z, 56)).order(ByteOrder.LITTLE_ENDIAN);
            if (r.getInt(0) != 0x06064b50) throw corrupt("zip64 end of central directory record not found");
            count = r.getLong(32);
            cdSize = r.getLong(40);
            cdOffset = r.getLong(48);
            eocdPos = z;
        }
        if (cdOffset < 0 || cdSize < 0 || cdOffset > eocdPos || cdSize > eocdPos - cdOffset) throw corrupt("central directory is out of range");
        if (cdSize > Integer.MAX_VALUE - 8) throw corrupt("central directory of " + cdSize + " bytes");
        ByteBuffer cd = ByteBuffer.wrap(src.bytes(cdOffset, (int) cdSize)).order(ByteOrder.LITTLE_ENDIAN);
        while (cd.remaining() > 0) {
            int p = cd.position();
            if (cd.remaining() < 46 || cd.getInt(p) != 0x02014b50) throw corrupt("central directory entry " + entries.size() + " is damaged");
            int method = cd.getShort(p + 10) & 0xFFFF, crc = cd.getInt(p + 16);
            long csize = cd.getInt(p + 20) & 0xFFFFFFFFL, usize = cd.getInt(p + 24) & 0xFFFFFFFFL;
            int nameLen = cd.getShort(p + 28) & 0xFFFF, extraLen = cd.getShort(p + 30) & 0xFFFF, commentLen = cd.getShort(p + 32) & 0xFFFF;
            long offset = cd.getInt(p + 42) & 0xFFFFFFFFL;
            if (cd.remaining() < 46 + nameLen + extraLen + commentLen) throw corrupt("central directory entry " + entries.size() + " is damaged");
            byte[] rawName = new byte[nameLen];
            cd.get(p + 46, rawName);
            String name = utf8(rawName);
            // zip64 extended information: the 8-byte values of the fields that hold 0xFFFFFFFF, in this order
            for (int e = p + 46 + nameLen, end = e + extraLen; e + 4 <= end; ) {
                int id = cd.getShort(e) & 0xFFFF, len = cd.getShort(e + 2) & 0xFFFF;
                if (e + 4 + len > end) throw corrupt("extra field of record " + name + " is damaged");
                if (id == 1) {
                    int q = e + 4;
                    if (usize == 0xFFFFFFFFL) { if (q + 8 > e + 4 + len) throw corrupt("zip64 field of " + name); usize = cd.getLong(q); q += 8; }
                    if (csize == 0xFFFFFFFFL) { if (q + 8 > e + 4 + len) throw corrupt("zip64 field of " + name); csize = cd.getLong(q); q += 8; }
                    if (offset == 0xFFFFFFFFL) { if (q + 8 > e + 4 + len) throw corrupt("zip64 field of " + name); offset = cd.getLong(q); }
                }
                e += 4 + len;
            }
            if (method == 0 && csize != usize || usize < 0 || csize < 0 || offset < 0 || offset >= cdOffset || csize > cdOffset - offset)
                throw corrupt("record " + name + " has inconsistent sizes or offset");
            if (entries.put(name, new Entry(name, rawName, offset, method == 0 ? usize : csize, crc, method)) != null) throw corrupt("two records are named " + name);
            cd.position(p + 46 + nameLen + extraLen + commentLen);
        }
        if (entries.size() != count) throw corrupt("the central directory lists " + entries.size() + " records, the end record says " + count);
    }

    /** Where {@code e}'s data starts, after checking its local header against the central directory. */
    private long dataOffset(Entry e) throws IOException {
        if (e.method != 0)   // only a foreign archive gets here: PyTorch stores every record
            throw new CheckpointException("record " + e.name + " is compressed (method " + e.method + "); PyTorch checkpoints store records uncompressed");
        if (e.headerOffset > src.size() - 30) throw corrupt("local header of " + e.name + " is out of range");
        ByteBuffer h = ByteBuffer.wrap(src.bytes(e.headerOffset, 30)).order(ByteOrder.LITTLE_ENDIAN);
        int nameLen = h.getShort(26) & 0xFFFF, extraLen = h.getShort(28) & 0xFFFF;
        if (h.getInt(0) != 0x04034b50 || (h.getShort(8) & 0xFFFF) != e.method) throw corrupt("local header of " + e.name + " is damaged");
        long start = e.headerOffset + 30 + nameLen + extraLen;
        if (start > src.size() || e.size > src.size() - start) throw corrupt("record " + e.name + " runs past the end of the file");
        if (nameLen != e.rawName.length || !Arrays.equals(src.bytes(e.headerOffset + 30, nameLen), e.rawName))
            throw corrupt("local header of " + e.name + " names another record");
        return start;
    }

    /** A whole record, CRC-checked (the pickle and small text records). */
    byte[] bytes(Entry e) throws IOException {
        if (e.size > Integer.MAX_VALUE - 8) throw corrupt("record " + e.name + " is too large to be a pickle");
        byte[] b = src.bytes(dataOffset(e), (int) e.size);
        CRC32 crc = new CRC32();
        crc.update(b);
        checkCrc(e, crc);
        return b;
    }

    /** The record's elements into {@code array} (as long as the record), CRC-checked. */
    void readInto(Entry e, ByteOrder order, Object array, DType dtype) throws IOException {
        CRC32 crc = new CRC32();
        src.readElements(dataOffset(e), e.size, order, array, dtype, crc);
        checkCrc(e, crc);
    }

    private static void checkCrc(Entry e, CRC32 crc) {
        if ((int) crc.getValue() != e.crc)
            throw new CheckpointException("PytorchStreamReader failed reading file " + e.name + ": file read failed (CRC-32 mismatch: the checkpoint is corrupted)");
    }

    private static String utf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException ex) {
            throw corrupt("a record name is not UTF-8");
        }
    }

    static CheckpointException corrupt(String what) {
        return new CheckpointException("PytorchStreamReader failed reading zip archive: " + what + " (the checkpoint is truncated or corrupted)");
    }
}
