package torch4j.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import torch4j.storage.Storage;
import torch4j.DType;

/** Hand-made pickles inside well-formed archives: what a malicious or broken file may try, and the error it gets. */
class SerializationHostileTest {

    /** A pickle under construction. */
    static final class P {
        final ByteArrayOutputStream b = new ByteArrayOutputStream();
        P() { op(0x80).op(2); }
        P op(int... v) { for (int x : v) b.write(x); return this; }
        P raw(byte[] v) { b.writeBytes(v); return this; }
        P str(String s) { byte[] u = s.getBytes(StandardCharsets.UTF_8); op('X').i32(u.length); return raw(u); }
        P i32(int v) { return op(v & 0xFF, v >>> 8 & 0xFF, v >>> 16 & 0xFF, v >>> 24); }
        P global(String module, String name) { op('c'); return raw((module + "\n" + name + "\n").getBytes(StandardCharsets.UTF_8)); }
        P k(int v) { return op('K', v); }
        /** ('storage', torch.FloatStorage, key, 'cpu', numel) BINPERSID */
        P storage(String cls, String key, long numel) {
            op('(').str("storage").global("torch", cls).str(key).str("cpu");
            if (numel < 256) k((int) numel); else op('J').i32((int) numel);
            return op('t', 'Q');
        }
        byte[] stop() { op('.'); return b.toByteArray(); }
    }

    static byte[] archive(byte[] pickle, Map<String, byte[]> records) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ZipWriter z = new ZipWriter(new ByteSink(Channels.newChannel(out)));
            z.record("archive/data.pkl", pickle);
            for (var e : records.entrySet()) z.record("archive/" + e.getKey(), e.getValue());
            z.record("archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
            z.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Object load(byte[] pickle, Map<String, byte[]> records) {
        return Checkpoints.load(new ByteArrayInputStream(archive(pickle, records)));
    }

    static String refusal(byte[] pickle, Map<String, byte[]> records) {
        return assertThrows(CheckpointException.class, () -> load(pickle, records)).getMessage();
    }

    static String refusal(byte[] pickle) { return refusal(pickle, Map.of()); }

    /** A tensor over data/0 (8 floats) with the given offset, size and stride tuples (as pickle ops). */
    static byte[] tensor(String cls, long numel, int offset, int[] size, int[] stride, boolean grad) {
        P p = new P().global("torch._utils", "_rebuild_tensor_v2").op('(').storage(cls, "0", numel).k(offset).op('(');
        for (int s : size) p.op('J').i32(s);
        p.op('t', '(');
        for (int s : stride) p.op('J').i32(s);
        p.op('t', grad ? 0x88 : 0x89).global("collections", "OrderedDict").op(')', 'R', 't', 'R');
        return p.stop();
    }

    static final Map<String, byte[]> EIGHT_FLOATS = Map.of("data/0", new byte[32]);

    @Test void codeIsNeverRun() {
        assertTrue(refusal(new P().global("builtins", "eval").str("1+1").op(0x85, 'R').stop()).startsWith("Unsupported class builtins.eval:"));
        assertTrue(refusal(new P().global("os", "system").stop()).startsWith("Unsupported class os.system:"));
        assertTrue(refusal(new P().str("torch._utils").str("_rebuild_qtensor").op(0x93).stop()).startsWith("Unsupported class torch._utils._rebuild_qtensor:"));
        assertTrue(refusal(new P().global("torch", "FloatStorage").op(')', 'R').stop()).startsWith("Trying to call reduce for unrecognized function torch.FloatStorage"));
        assertTrue(refusal(new P().op('}').op('}').op('b').stop()).startsWith("Can only build Tensor, parameter or dict objects, but got dict"));
        for (int op : new int[] {'i', 'o', 0x81, 0x92, 0x82, 'P', 'I', 'F', 'S', 'V', 'L'})
            assertTrue(refusal(new P().op(op).stop()).startsWith("Unsupported operand"), "opcode " + op);
        assertTrue(refusal(new P().op(0x80, 6).stop()).startsWith("unsupported pickle protocol: 6"));
    }

    @Test void globalsAndStoragesAreNotValues() {
        assertTrue(refusal(new P().global("torch", "FloatStorage").stop()).contains("holds torch.FloatStorage itself"));
        assertTrue(refusal(new P().op(']').global("collections", "OrderedDict").op('a').stop()).contains("holds collections.OrderedDict itself"));
        assertTrue(refusal(new P().storage("FloatStorage", "0", 8).stop(), EIGHT_FLOATS).contains("bare storage"));
    }

    @Test void malformedPicklesFailCleanly() {
        List<Map.Entry<String, byte[]>> cases = new java.util.ArrayList<>();
        cases.add(Map.entry("pickle data was truncated", new P().op('X').i32(Integer.MAX_VALUE).stop()));
        cases.add(Map.entry("pickle data was truncated", new P().op(0x8d).i32(-1).i32(-1).stop()));
        cases.add(Map.entry("Memo value not found at index 4294967295", new P().op('j').i32(-1).stop()));
        cases.add(Map.entry("unpickling stack underflow", new P().op('a').stop()));
        cases.add(Map.entry("could not find MARK", new P().op(']').op('e').stop()));
        cases.add(Map.entry("SETITEMS with an odd number of items", new P().op('}', '(').k(1).op('u').stop()));
        cases.add(Map.entry("Can only append to lists, but got tuple", new P().op(')').k(1).op('a').stop()));
        cases.add(Map.entry("Can only set items of dicts, but got list", new P().op(']').k(1).k(2).op('s').stop()));
        cases.add(Map.entry("unhashable type: 'list'", new P().op('}', ']').k(1).op('s').stop()));
        cases.add(Map.entry("unhashable type: 'dict'", new P().op('}', '}').k(1).op('s').stop()));
        cases.add(Map.entry("unhashable type: 'tuple'", new P().op('}', ']').op(0x85).k(1).op('s').stop()));
        cases.add(Map.entry("reduce arguments must be a tuple", new P().global("collections", "OrderedDict").op(']', 'R').stop()));
        cases.add(Map.entry("OrderedDict() takes no arguments", new P().global("collections", "OrderedDict").k(1).op(0x85, 'R').stop()));
        cases.add(Map.entry("persistent_load id must be a tuple", new P().k(1).op('Q').stop()));
        cases.add(Map.entry("Unknown typename for persistent_load, expected 'storage' but got 'module'", new P().op('(').str("module").k(1).k(2).k(3).k(4).op('t', 'Q').stop()));
        cases.add(Map.entry("pickle holds a string that is not UTF-8", new P().op('X').i32(2).op(0xC0, 0x80).stop()));
        for (var e : cases)
            assertTrue(refusal(e.getValue()).startsWith(e.getKey()), e.getKey() + ": " + refusal(e.getValue()));
        byte[] noStop = new P().op(']').b.toByteArray();
        assertTrue(refusal(noStop).startsWith("pickle data was truncated"));
    }

    @Test void tensorsMustLieInsideTheirStorage() {
        assertEquals("tensor([[0., 0.],\n        [0., 0.]])", load(tensor("FloatStorage", 8, 4, new int[] {2, 2}, new int[] {2, 1}, false), EIGHT_FLOATS).toString());
        assertTrue(refusal(tensor("FloatStorage", 8, 5, new int[] {2, 2}, new int[] {2, 1}, false), EIGHT_FLOATS).contains("reaches outside its storage of 8 elements"));
        assertTrue(refusal(tensor("FloatStorage", 8, 0, new int[] {3, 3}, new int[] {4, 1}, false), EIGHT_FLOATS).contains("reaches outside"));
        assertTrue(refusal(tensor("FloatStorage", 8, 0, new int[] {2}, new int[] {-1}, false), EIGHT_FLOATS).contains("negative size or stride"));
        assertTrue(refusal(tensor("FloatStorage", 8, 0, new int[] {-2}, new int[] {1}, false), EIGHT_FLOATS).contains("negative size or stride"));
        assertTrue(refusal(tensor("FloatStorage", 8, 0, new int[] {1 << 30, 1 << 30, 1 << 30}, new int[] {0, 0, 0}, false), EIGHT_FLOATS).contains("overflowed"));
        assertTrue(refusal(tensor("FloatStorage", 8, 0, new int[] {2}, new int[] {1, 1}, false), EIGHT_FLOATS).contains("1 sizes but 2 strides"));
        assertTrue(refusal(tensor("LongStorage", 4, 0, new int[] {2}, new int[] {1}, true), EIGHT_FLOATS).startsWith("only Tensors of floating point dtype can require gradients"));
    }

    @Test void storagesMustMatchTheirRecords() {
        // a huge numel with a small record is refused before anything is allocated
        assertTrue(refusal(tensor("FloatStorage", 2_000_000_000, 0, new int[] {1}, new int[] {1}, false), EIGHT_FLOATS)
                .contains("record data/0 holds 32 bytes but its torch.FloatStorage of 2000000000 elements needs 8000000000"));
        assertTrue(refusal(tensor("FloatStorage", 9, 0, new int[] {1}, new int[] {1}, false), EIGHT_FLOATS).contains("holds 32 bytes"));
        assertEquals("PytorchStreamReader failed locating file data/0: file not found",
                refusal(tensor("FloatStorage", 8, 0, new int[] {1}, new int[] {1}, false), Map.of()));
        byte[] twoTypes = new P().op('(').raw(Arrays2.strip(tensor("FloatStorage", 8, 0, new int[] {1}, new int[] {1}, false)))
                .raw(Arrays2.strip(tensor("IntStorage", 8, 0, new int[] {1}, new int[] {1}, false))).op('t').stop();
        assertTrue(refusal(twoTypes, EIGHT_FLOATS).startsWith("storage 0 is referenced as torch.IntStorage of 8 elements and as torch.FloatStorage of 8"));
    }

    @Test void deepNestingNeitherRecursesNorOverflows() {
        P p = new P();
        for (int i = 0; i < 200_000; i++) p.op(']');
        for (int i = 0; i < 199_999; i++) p.op('a');
        Object o = load(p.stop(), Map.of());
        int depth = 0;
        for (Object x = o; x instanceof List<?> l && !l.isEmpty(); x = l.get(0)) depth++;
        assertEquals(199_999, depth);
    }

    @Test void archiveLevelProblemsHaveClearMessages() {
        byte[] ok = archive(new P().k(1).stop(), Map.of());
        assertEquals((Object) 1, Checkpoints.load(new ByteArrayInputStream(ok)));
        assertEquals("PytorchStreamReader failed reading zip archive: failed finding central directory",
                assertThrows(CheckpointException.class, () -> Checkpoints.load(new ByteArrayInputStream("not a zip at all, not at all".getBytes()))).getMessage());
        String legacy = assertThrows(CheckpointException.class, () -> Trees.loadResource("legacy.pt")).getMessage();
        assertTrue(legacy.contains("legacy format"), legacy);
        String st = assertThrows(CheckpointException.class, () -> Trees.loadResource("tensors.safetensors")).getMessage();
        assertTrue(st.contains("SafeTensors.load"), st);
        assertTrue(Storage.allocate(DType.BOOL, 0).length() == 0);
    }

    /** Pickle bytes without PROTO and STOP, to splice into another pickle. */
    static final class Arrays2 {
        static byte[] strip(byte[] pickle) { return java.util.Arrays.copyOfRange(pickle, 2, pickle.length - 1); }
    }
}
