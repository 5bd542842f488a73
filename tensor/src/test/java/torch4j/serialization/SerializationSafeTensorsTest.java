package torch4j.serialization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/** safetensors: the library's bytes (its own test vectors and the generator's file), loading, validation errors. */
class SerializationSafeTensorsTest {

    static byte[] bytes(Map<String, Tensor> t, Map<String, String> meta) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SafeTensors.save(t, out, meta);
        return out.toByteArray();
    }

    static Map<String, Tensor> load(byte[] b) { return SafeTensors.load(new ByteArrayInputStream(b)); }

    static byte[] file(String header, byte[] data) { return file(header.getBytes(StandardCharsets.UTF_8), data); }

    static byte[] file(byte[] h, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + h.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        return b.putLong(h.length).put(h).put(data).array();
    }

    /** The byte vectors of the library's own tests (test_serialization, test_empty) in safetensors/src/tensor.rs. */
    @Test void theLibrarysOwnVectors() {
        Map<String, Tensor> one = Map.of("attn.0", Torch.arange(6).toFloat().view(1, 2, 3));
        String header = "{\"attn.0\":{\"dtype\":\"F32\",\"shape\":[1,2,3],\"data_offsets\":[0,24]}}";
        ByteBuffer data = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 6; i++) data.putFloat(i);
        assertArrayEquals(file(header, data.array()), bytes(one, null));
        assertArrayEquals(file("{}      ", new byte[0]), bytes(Map.of(), null));
        assertArrayEquals(file("{\"__metadata__\":{\"framework\":\"pt\"}}     ", new byte[0]), bytes(Map.of(), Map.of("framework", "pt")));
    }

    @Test void generatorFileLoadsAndIsWrittenBackByteForByte(@TempDir Path dir) throws Exception {
        byte[] golden = Trees.resource("tensors.safetensors");
        Map<String, Tensor> t = load(golden);
        JsonObject exp = SerializationGoldenTest.EXPECTED.getAsJsonObject("safetensors");
        assertEquals(exp.keySet().stream().sorted().toList(), new ArrayList<>(t.keySet()), "sorted by name, as load_file");
        for (String k : exp.keySet()) {
            JsonObject e = exp.getAsJsonObject(k).deepCopy();
            // safetensors stores contiguous data only: strides and storage are the dense ones
            SerializationGoldenTest.checkTensor(dense(e), t.get(k), k);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        SerializationGoldenTest.EXPECTED.getAsJsonObject("safetensors_metadata").entrySet().forEach(m -> meta.put(m.getKey(), m.getValue().getAsString()));
        assertArrayEquals(golden, bytes(t, meta));
        Path f = dir.resolve("t.safetensors");
        SafeTensors.save(t, f, meta);
        assertArrayEquals(golden, Files.readAllBytes(f));
        assertEquals(meta, SafeTensors.metadata(f));
        assertEquals(t.keySet(), SafeTensors.load(f).keySet());
    }

    static JsonObject dense(JsonObject e) {
        long[] shape = SerializationGoldenTest.longs(e, "shape");
        long[] stride = torch4j.storage.Shapes.contiguousStrides(shape);
        var a = new com.google.gson.JsonArray();
        for (long s : stride) a.add(s);
        e.add("stride", a);
        e.addProperty("offset", 0);
        e.addProperty("storage", torch4j.storage.Shapes.numel(shape));
        e.addProperty("requires_grad", false);
        return e;
    }

    @Test void viewsAreWrittenContiguously() {
        Tensor base = Torch.arange(12).view(3, 4);
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("t", base.t());
        m.put("row", base.select(0, 2));
        m.put("bools", Torch.tensor(new boolean[] {true, false}));
        m.put("g", Torch.ones(2).requiresGrad_());
        Map<String, Tensor> back = load(bytes(m, null));
        assertEquals(base.t().toString(), back.get("t").toString());
        assertTrue(back.get("t").isContiguous());
        assertEquals("tensor([ 8,  9, 10, 11])", back.get("row").toString());
        assertEquals("tensor([ True, False])", back.get("bools").toString());
        assertEquals("tensor([1., 1.])", back.get("g").toString());
    }

    @Test void headersAreValidatedAsTheLibraryDoes() {
        byte[] ok = bytes(Map.of("a", Torch.ones(2), "b", Torch.tensor(new long[] {1, 2, 3})), null);
        String h = new String(ok, 8, (int) ByteBuffer.wrap(ok).order(ByteOrder.LITTLE_ENDIAN).getLong(), StandardCharsets.UTF_8);
        assertEquals("{\"b\":{\"dtype\":\"I64\",\"shape\":[3],\"data_offsets\":[0,24]},\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[24,32]}}", h.strip());
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("HeaderTooSmall", new byte[5]);
        bad.put("HeaderTooLarge", ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(200_000_000).array());
        bad.put("InvalidHeaderLength", ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(9).array());
        bad.put("InvalidHeaderStart", file("[]", new byte[0]));
        bad.put("InvalidHeaderDeserialization", file("{\"a\":", new byte[0]));
        bad.put("InvalidOffset(a)", file("{\"a\":{\"dtype\":\"U8\",\"shape\":[2],\"data_offsets\":[1,3]}}", new byte[3]));
        bad.put("TensorInvalidInfo", file("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,4]}}", new byte[4]));
        bad.put("MetadataIncompleteBuffer", file("{\"a\":{\"dtype\":\"U8\",\"shape\":[2],\"data_offsets\":[0,2]}}", new byte[3]));
        bad.put("ValidationOverflow", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[4294967296,4294967296],\"data_offsets\":[0,0]}}", new byte[0]));
        bad.put("InvalidHeader", file(new byte[] {'{', (byte) 0xff}, new byte[0]));
        bad.put("torch4j has no dtype for safetensors BF16", file("{\"a\":{\"dtype\":\"BF16\",\"shape\":[1],\"data_offsets\":[0,2]}}", new byte[2]));
        bad.put("unknown dtype", file("{\"a\":{\"dtype\":\"Q7\",\"shape\":[1],\"data_offsets\":[0,2]}}", new byte[2]));
        bad.put("duplicate key", file("{\"a\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]},\"a\":{}}", new byte[1]));
        bad.put("nesting too deep", file("{\"__metadata__\":" + "[".repeat(10_000), new byte[0]));
        bad.put("not a string", file("{\"__metadata__\":{\"k\":1}}", new byte[0]));
        for (var e : bad.entrySet()) {
            byte[] b = e.getValue();
            var ex = assertThrows(CheckpointException.class, () -> load(b), e.getKey());
            assertTrue(ex.getMessage().contains(e.getKey()), e.getKey() + ": " + ex.getMessage());
        }
        assertThrows(CheckpointException.class, () -> bytes(Map.of("__metadata__", Torch.ones(1)), null));
    }

    @Test void allDtypesRoundTrip() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        for (DType d : DType.values()) m.put(d.pyName(), Torch.tensor(new double[] {0, 1, -1, 100}).to(d).view(2, 2));
        m.put("scalar", Torch.tensor(2.5));
        m.put("empty", Torch.zeros(3, 0));
        Map<String, Tensor> back = load(bytes(m, Map.of()));
        assertEquals(List.copyOf(new java.util.TreeSet<>(m.keySet())), List.copyOf(back.keySet()));
        for (var e : m.entrySet()) Trees.assertSameTree(e.getValue(), back.get(e.getKey()));
    }
}
