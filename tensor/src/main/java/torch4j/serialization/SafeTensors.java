package torch4j.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * The safetensors format (Hugging Face's {@code safetensors}): a flat map of named tensors and
 * optional string metadata, no code and no pickle. Files are byte for byte what the library's
 * {@code serialize} writes: an 8-byte little-endian header length, a compact JSON header
 * ({@code __metadata__} first, then per tensor {@code dtype}, {@code shape} and
 * {@code data_offsets}) padded with spaces to a multiple of 8, then the raw little-endian data,
 * tensors ordered by dtype (widest first) and then by name.
 *
 * <pre>{@code
 * jshell> SafeTensors.save(net.stateDict(), "net.safetensors", Map.of("format", "pt"))
 * jshell> net.loadStateDict(SafeTensors.load("net.safetensors"))
 * $2 ==> <All keys matched successfully>
 * }</pre>
 *
 * <p>Saving writes each tensor's elements contiguously (a view or a non-contiguous tensor is
 * written as its {@code contiguous()} copy; tensors sharing a storage are written once each, as
 * the format has no sharing). Loading validates the header as the library does (its error names:
 * {@code HeaderTooLarge}, {@code InvalidOffset(name)}, {@code MetadataIncompleteBuffer}, ...) and
 * returns the tensors by name in sorted order, as {@code safetensors.torch.load_file}. The format
 * has no checksum: a flipped bit in the data is not detected (use {@link Checkpoints} when that
 * matters). Paths are written atomically; I/O failures surface as {@link UncheckedIOException}.
 */
public final class SafeTensors {
    private SafeTensors() {}

    private static final long MAX_HEADER = 100_000_000;   // the library's MAX_HEADER_SIZE

    /** The library's Dtype names, in its declaration (alignment) order for the ones torch4j has. */
    private static final List<DType> ORDER = List.of(DType.BOOL, DType.UINT8, DType.INT8, DType.INT16, DType.INT32, DType.FLOAT32,
            DType.FLOAT64, DType.INT64);
    private static final Map<String, DType> BY_NAME = Map.of("BOOL", DType.BOOL, "U8", DType.UINT8, "I8", DType.INT8, "I16", DType.INT16,
            "I32", DType.INT32, "F32", DType.FLOAT32, "F64", DType.FLOAT64, "I64", DType.INT64);
    private static final List<String> FOREIGN = List.of("F8_E5M2", "F8_E4M3", "U16", "F16", "BF16", "U32", "U64");

    private static String name(DType d) {
        return switch (d) {
            case BOOL -> "BOOL"; case UINT8 -> "U8"; case INT8 -> "I8"; case INT16 -> "I16"; case INT32 -> "I32";
            case FLOAT32 -> "F32"; case FLOAT64 -> "F64"; case INT64 -> "I64";
        };
    }

    // ---------------------------------------------------------------- save

    /** Saves {@code tensors} to {@code path} ({@code safetensors.torch.save_file(tensors, path)}). */
    public static void save(Map<String, Tensor> tensors, Path path) { save(tensors, path, null); }

    /** Saves {@code tensors} with {@code metadata} (string to string, or null for none) to {@code path}, atomically. */
    public static void save(Map<String, Tensor> tensors, Path path, Map<String, String> metadata) {
        Prepared p = prepare(tensors, metadata);
        AtomicFile.write(path, p::writeTo);
    }

    /** Saves to the file at {@code path}. */
    public static void save(Map<String, Tensor> tensors, String path) { save(tensors, Path.of(path), null); }

    /** Saves with metadata to the file at {@code path}. */
    public static void save(Map<String, Tensor> tensors, String path, Map<String, String> metadata) { save(tensors, Path.of(path), metadata); }

    /** Writes to {@code out} (left open). */
    public static void save(Map<String, Tensor> tensors, OutputStream out, Map<String, String> metadata) {
        try {
            prepare(tensors, metadata).writeTo(ByteSink.channel(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Prepared(byte[] header, List<Tensor> tensors) {
        void writeTo(WritableByteChannel channel) throws IOException {
            ByteSink sink = new ByteSink(channel);
            sink.header(header);
            for (Tensor t : tensors) sink.data(t.storage(), (int) t.storageOffset(), (int) t.numel());
            sink.flush();
        }
    }

    /** The library's prepare(): sort (dtype descending, then name by UTF-8 bytes), assign offsets, write the JSON, pad it. */
    private static Prepared prepare(Map<String, Tensor> tensors, Map<String, String> metadata) {
        List<Map.Entry<String, Tensor>> items = new ArrayList<>();
        for (var e : tensors.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) throw new CheckpointException("safetensors cannot store a null name or tensor");
            if (e.getKey().equals("__metadata__")) throw new CheckpointException("'__metadata__' is reserved in safetensors and cannot name a tensor");
            Tensor c = e.getValue().detach().contiguous();
            items.add(Map.entry(e.getKey(), c));
        }
        items.sort(Comparator.<Map.Entry<String, Tensor>>comparingInt(e -> -ORDER.indexOf(e.getValue().dtype()))
                .thenComparing(e -> e.getKey().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned));
        StringBuilder json = new StringBuilder("{");
        if (metadata != null) {
            json.append("\"__metadata__\":{");
            boolean first = true;
            for (var m : metadata.entrySet()) {
                if (m.getKey() == null || m.getValue() == null) throw new CheckpointException("safetensors metadata must map strings to strings");
                if (!first) json.append(',');
                first = false;
                Json.quote(m.getKey(), json);
                json.append(':');
                Json.quote(m.getValue(), json);
            }
            json.append('}');
        }
        long offset = 0;
        List<Tensor> order = new ArrayList<>();
        for (var e : items) {
            Tensor t = e.getValue();
            long n = t.numel() * t.elementSize();
            if (json.length() > 1) json.append(',');
            Json.quote(e.getKey(), json);
            json.append(":{\"dtype\":\"").append(name(t.dtype())).append("\",\"shape\":[");
            long[] shape = t.shape().toLongArray();
            for (int i = 0; i < shape.length; i++) json.append(i > 0 ? "," : "").append(shape[i]);
            json.append("],\"data_offsets\":[").append(offset).append(',').append(offset + n).append("]}");
            offset += n;
            order.add(t);
        }
        json.append('}');
        byte[] h = json.toString().getBytes(StandardCharsets.UTF_8);
        int padded = (h.length + 7) / 8 * 8;
        byte[] header = new byte[8 + padded];
        ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).putLong(padded).put(h);
        Arrays.fill(header, 8 + h.length, header.length, (byte) ' ');
        return new Prepared(header, order);
    }

    // ---------------------------------------------------------------- load

    /** The tensors of a safetensors file, by name in sorted order ({@code safetensors.torch.load_file(path)}). */
    public static Map<String, Tensor> load(Path path) { return read(path).tensors; }

    /** Loads the file at {@code path}. */
    public static Map<String, Tensor> load(String path) { return load(Path.of(path)); }

    /** Loads from {@code in}, read to its end (left open). */
    public static Map<String, Tensor> load(InputStream in) {
        try {
            byte[] b = Checkpoints.readAll(in);
            return read(ByteSource.of(b, b.length), true).tensors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code __metadata__} of a file (empty when it has none), read without loading the tensors. */
    public static Map<String, String> metadata(Path path) { return Checkpoints.readMapped(path, src -> read(src, false)).metadata; }

    /** The metadata of the file at {@code path}. */
    public static Map<String, String> metadata(String path) { return metadata(Path.of(path)); }

    private record Contents(Map<String, Tensor> tensors, Map<String, String> metadata) {}

    private static Contents read(Path path) { return Checkpoints.readMapped(path, src -> read(src, true)); }

    private record Info(String name, DType dtype, long[] shape, long start, long end) {}

    private static CheckpointException error(String what) {
        return new CheckpointException("Error while deserializing header: " + what);
    }

    /** The library's read_metadata() and validate(), then the tensors. */
    private static Contents read(ByteSource src, boolean withTensors) throws IOException {
        long size = src.size();
        if (size < 8) throw error("HeaderTooSmall");
        long n = ByteBuffer.wrap(src.bytes(0, 8)).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (n < 0 || n > MAX_HEADER) throw error("HeaderTooLarge");
        if (n > size - 8) throw error("InvalidHeaderLength");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(src.bytes(8, (int) n))).toString();
        } catch (CharacterCodingException e) {
            throw error("InvalidHeader");
        }
        if (!text.startsWith("{")) throw error("InvalidHeaderStart");
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (Json.SyntaxError e) {
            throw error("InvalidHeaderDeserialization (" + e.getMessage() + ")");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        List<Info> infos = new ArrayList<>();
        for (var e : ((Map<?, ?>) parsed).entrySet()) {
            String key = (String) e.getKey();
            if (key.equals("__metadata__")) {
                if (!(e.getValue() instanceof Map<?, ?> m)) throw error("InvalidHeaderDeserialization (__metadata__ is not an object)");
                for (var kv : m.entrySet()) {
                    if (!(kv.getValue() instanceof String v)) throw error("InvalidHeaderDeserialization (metadata value of \"" + kv.getKey() + "\" is not a string)");
                    metadata.put((String) kv.getKey(), v);
                }
            } else {
                infos.add(info(key, e.getValue()));
            }
        }
        infos.sort(Comparator.comparingLong(Info::start).thenComparingLong(Info::end));
        long end = 0;
        for (Info i : infos) {
            if (i.start != end || i.end < i.start) throw error("InvalidOffset(" + i.name + ")");
            end = i.end;
            long bytes;
            try {
                long numel = 1;
                for (long d : i.shape) numel = Math.multiplyExact(numel, d);
                bytes = Math.multiplyExact(numel, i.dtype.itemSize());
            } catch (ArithmeticException ex) {
                throw error("ValidationOverflow");
            }
            if (i.end - i.start != bytes) throw error("TensorInvalidInfo (" + i.name + ")");
        }
        if (end != size - 8 - n) throw error("MetadataIncompleteBuffer");
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        if (withTensors) {
            for (Info i : infos) {
                long numel = (i.end - i.start) / i.dtype.itemSize();
                if (numel > Integer.MAX_VALUE - 8)
                    throw new CheckpointException("tensor " + i.name + " of " + numel + " elements exceeds torch4j's limit of 2^31 - 9 elements per storage");
                Storage s = Storage.allocate(i.dtype, numel);
                src.readElements(8 + n + i.start, i.end - i.start, ByteOrder.LITTLE_ENDIAN, s.array(), i.dtype, null);
                tensors.put(i.name, Torch.zeros(new long[] {0}, i.dtype).set_(s, 0, i.shape, Shapes.contiguousStrides(i.shape)));
            }
        }
        return new Contents(sortedByName(tensors), metadata);
    }

    private static Map<String, Tensor> sortedByName(Map<String, Tensor> byName) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        byName.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(k -> k.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Info info(String name, Object v) {
        if (!(v instanceof Map<?, ?> m)) throw error("InvalidHeaderDeserialization (\"" + name + "\" is not an object)");
        if (!(m.get("dtype") instanceof String dt)) throw error("InvalidHeaderDeserialization (\"" + name + "\" has no dtype)");
        DType dtype = BY_NAME.get(dt);
        if (dtype == null) {
            if (FOREIGN.contains(dt)) throw new CheckpointException("torch4j has no dtype for safetensors " + dt + " (tensor \"" + name + "\")");
            throw error("InvalidHeaderDeserialization (unknown dtype \"" + dt + "\")");
        }
        long[] shape = naturals(m.get("shape"), name, -1);
        long[] offsets = naturals(m.get("data_offsets"), name, 2);
        return new Info(name, dtype, shape, offsets[0], offsets[1]);
    }

    /** A JSON array of usize values (of {@code length} entries when non-negative). */
    private static long[] naturals(Object v, String name, int length) {
        if (!(v instanceof List<?> l) || length >= 0 && l.size() != length)
            throw error("InvalidHeaderDeserialization (\"" + name + "\" has a malformed shape or data_offsets)");
        long[] out = new long[l.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(l.get(i) instanceof Long x) || x < 0) throw error("InvalidHeaderDeserialization (\"" + name + "\" has a malformed shape or data_offsets)");
            out[i] = x;
        }
        return out;
    }
}
