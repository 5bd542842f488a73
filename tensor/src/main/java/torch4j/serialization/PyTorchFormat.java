package torch4j.serialization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import torch4j.DType;
import torch4j.storage.Storage;

/**
 * PyTorch's {@code torch.save} archive (the zip format of PyTorch 1.6 and later, as 1.13 writes
 * it): {@code <name>/data.pkl}, the pickle, whose persistent ids name storages; one record
 * {@code <name>/data/<key>} per storage with its raw little-endian elements, in PyTorch's order
 * (keys sorted as strings); and {@code <name>/version} holding {@code 3}. {@code <name>} is the
 * file name without its extension, or {@code archive} for a stream, as PyTorch names it.
 */
final class PyTorchFormat {
    private PyTorchFormat() {}

    /** What PyTorch 1.13 writes, and the range its reader accepts (caffe2's kMin/kMaxSupportedFileFormatVersion). */
    private static final int VERSION = 3, MIN_VERSION = 1, MAX_VERSION = 10;
    private static final byte[] LEGACY_MAGIC = {(byte) 0x80, 0x02, (byte) 0x8a, 0x0a, 0x6c, (byte) 0xfc, (byte) 0x9c, 0x46, (byte) 0xf9, 0x20, 0x6a,
        (byte) 0xa8, 0x50, 0x19};

    /** A pickled object ready to be written (pickling first means an unsavable value fails before any file is touched). */
    record Prepared(String archiveName, Pickler.Result pickled) {
        void writeTo(WritableByteChannel channel) throws IOException { writeTo(channel, 0xFFFFFFFFL); }

        /** With zip64 fields for sizes and offsets from {@code zip64Threshold} on (tests lower it to exercise them). */
        void writeTo(WritableByteChannel channel, long zip64Threshold) throws IOException {
            ZipWriter zip = new ZipWriter(new ByteSink(channel), zip64Threshold);
            zip.record(archiveName + "/data.pkl", pickled.pickle());
            for (var e : new TreeMap<>(pickled.storages()).entrySet()) zip.record(archiveName + "/data/" + e.getKey(), e.getValue());
            zip.record(archiveName + "/version", (VERSION + "\n").getBytes(StandardCharsets.US_ASCII));
            zip.finish();
        }
    }

    static Prepared prepare(Object obj, String archiveName) { return new Prepared(archiveName, Pickler.pickle(obj)); }

    /** PyTorchStreamWriter's basename: the last path element up to its last dot; "archive" when that leaves nothing. */
    static String archiveName(String fileName) {
        int start = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1;
        int dot = fileName.lastIndexOf('.');
        String stem = fileName.substring(start, dot >= start ? dot : fileName.length());
        return stem.isEmpty() ? "archive" : stem;
    }

    static Object read(ByteSource src) throws IOException {
        byte[] head = src.bytes(0, (int) Math.min(src.size(), 16));
        if (startsWith(head, LEGACY_MAGIC))
            throw new CheckpointException("this checkpoint is in PyTorch's legacy format (before 1.6, or saved with _use_new_zipfile_serialization=False), "
                    + "which torch4j does not read; load it in PyTorch and torch.save it again");
        if (head.length >= 9 && head[8] == '{' && ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getLong(0) < src.size())
            throw new CheckpointException("this is a safetensors file, not a torch.save archive: read it with SafeTensors.load");
        ZipReader zip = new ZipReader(src);
        List<String> names = zip.names();
        if (names.isEmpty()) throw new CheckpointException("PytorchStreamReader failed reading zip archive: archive does not contain any files");
        int slash = names.getFirst().indexOf('/');
        if (slash < 0) throw new CheckpointException("file in archive is not in a subdirectory: " + names.getFirst());
        String prefix = names.getFirst().substring(0, slash + 1);
        checkVersion(zip, prefix);
        ByteOrder order = byteOrder(zip, prefix);
        if (zip.entry(prefix + "constants.pkl") != null)
            throw new CheckpointException("this is a TorchScript archive (torch.jit.save), not a torch.save checkpoint; torch4j does not run TorchScript");
        ZipReader.Entry pickle = zip.entry(prefix + "data.pkl");
        if (pickle == null) throw missing("data.pkl");
        Map<String, Storage> loaded = new HashMap<>();
        return Unpickler.load(zip.bytes(pickle), pid -> storage(zip, prefix, order, pid, loaded));
    }

    /** persistent_load: {@code ('storage', torch.FloatStorage, key, location, numel)} becomes the record's storage, once per key. */
    private static Storage storage(ZipReader zip, String prefix, ByteOrder order, List<?> pid, Map<String, Storage> loaded) {
        if (pid.size() != 5 || !"storage".equals(pid.get(0)))
            throw new CheckpointException("Unknown typename for persistent_load, expected 'storage' but got '"
                    + (pid.isEmpty() ? "" : pid.get(0)) + "'");
        if (!(pid.get(1) instanceof TorchGlobals.Global g) || g.kind() != TorchGlobals.Kind.STORAGE)
            throw new CheckpointException("persistent id names " + Unpickler.typeName(pid.get(1)) + " where a storage class belongs");
        if (!(pid.get(2) instanceof String key) || !(pid.get(3) instanceof String))
            throw new CheckpointException("persistent id has a malformed key or location");
        long numel = TorchGlobals.integer(pid.get(4), "storage numel");
        DType dtype = g.dtype();
        Storage s = loaded.get(key);
        if (s != null) {
            if (s.dtype() != dtype || s.length() != numel)
                throw new CheckpointException("storage " + key + " is referenced as " + g.path() + " of " + numel + " elements and as "
                        + Unpickler.typeName(s) + " of " + s.length() + " (the checkpoint is corrupted)");
            return s;
        }
        ZipReader.Entry e = zip.entry(prefix + "data/" + key);
        if (e == null) throw missing("data/" + key);
        if (numel < 0 || numel > Integer.MAX_VALUE - 8)
            throw new CheckpointException("storage data/" + key + " of " + numel + " elements exceeds torch4j's limit of 2^31 - 9 elements per storage");
        if (e.size() != numel * dtype.itemSize())
            throw new CheckpointException("record data/" + key + " holds " + e.size() + " bytes but its " + g.path() + " of " + numel
                    + " elements needs " + numel * dtype.itemSize() + " (the checkpoint is corrupted)");
        s = Storage.allocate(dtype, numel);
        try {
            zip.readInto(e, order, s.array(), dtype);
        } catch (IOException ex) {
            throw new CheckpointException("reading data/" + key + " failed: " + ex.getMessage(), ex);
        }
        loaded.put(key, s);
        return s;
    }

    private static void checkVersion(ZipReader zip, String prefix) throws IOException {
        ZipReader.Entry e = zip.entry(prefix + ".data/version");
        if (e == null) e = zip.entry(prefix + "version");
        if (e == null) throw missing("version");
        String text = new String(zip.bytes(e), StandardCharsets.US_ASCII).strip();
        long version;
        try {
            version = Long.parseLong(text);
        } catch (NumberFormatException ex) {
            throw ZipReader.corrupt("version record holds '" + text + "'");
        }
        if (version < MIN_VERSION || version > MAX_VERSION)
            throw new CheckpointException("Attempted to read a PyTorch file with version " + version + ", but torch4j reads versions "
                    + MIN_VERSION + " to " + MAX_VERSION + " (PyTorch 1.13 writes " + VERSION + ")");
    }

    /** PyTorch 2.x records the writer's byte order; older archives are little-endian. */
    private static ByteOrder byteOrder(ZipReader zip, String prefix) throws IOException {
        ZipReader.Entry e = zip.entry(prefix + "byteorder");
        if (e == null) return ByteOrder.LITTLE_ENDIAN;
        return switch (new String(zip.bytes(e), StandardCharsets.US_ASCII)) {
            case "little" -> ByteOrder.LITTLE_ENDIAN;
            case "big" -> ByteOrder.BIG_ENDIAN;
            default -> throw ZipReader.corrupt("byteorder record is neither 'little' nor 'big'");
        };
    }

    private static CheckpointException missing(String name) {
        return new CheckpointException("PytorchStreamReader failed locating file " + name + ": file not found");
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (b[i] != prefix[i]) return false;
        return true;
    }
}
