package torch4j.serialization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import torch4j.Tensor;
import torch4j.storage.Storage;

/** Test helpers: deep comparison of loaded objects (types, tensor layout and bits, sharing) and resource access. */
final class Trees {
    private Trees() {}

    static byte[] resource(String name) {
        try (InputStream in = Trees.class.getResourceAsStream("/serialization/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T loadResource(String name) { return Checkpoints.load(new ByteArrayInputStream(resource(name))); }

    static byte[] saveToBytes(Object o) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Checkpoints.save(o, out);
        return out.toByteArray();
    }

    static Object fromBytes(byte[] b) { return Checkpoints.load(new ByteArrayInputStream(b)); }

    /** Same structure, same Java types (OrderedDict, tuple vs list), same tensors bit for bit, same sharing of tensors and storages. */
    static void assertSameTree(Object expected, Object actual) {
        new Comparison().compare(expected, actual, "root");
    }

    private static final class Comparison {
        final IdentityHashMap<Object, Object> pairs = new IdentityHashMap<>();
        final IdentityHashMap<Object, Object> reverse = new IdentityHashMap<>();

        /** Objects seen before must map to the same counterpart (sharing and cycles are preserved). */
        boolean paired(Object a, Object b, String path) {
            Object prev = pairs.get(a);
            if (prev != null) {
                assertSame(prev, b, path + ": sharing differs");
                return true;
            }
            assertTrue(!reverse.containsKey(b), path + ": one object stands for two");
            pairs.put(a, b);
            reverse.put(b, a);
            return false;
        }

        void compare(Object a, Object b, String path) {
            if (a == null || b == null) { assertEquals(a, b, path); return; }
            switch (a) {
                case Tensor t -> tensor(t, (Tensor) cast(Tensor.class, b, path), path);
                case Map<?, ?> m -> {
                    assertEquals(m instanceof OrderedDict, b instanceof OrderedDict, path + ": OrderedDict vs dict");
                    if (paired(a, b, path)) return;
                    Map<?, ?> n = (Map<?, ?>) cast(Map.class, b, path);
                    assertEquals(new ArrayList<>(m.keySet()), new ArrayList<>(n.keySet()), path + ": keys");
                    for (var e : m.entrySet()) compare(e.getValue(), n.get(e.getKey()), path + "[" + e.getKey() + "]");
                    if (m instanceof OrderedDict<?, ?> d) compare(d.metadata(), ((OrderedDict<?, ?>) n).metadata(), path + "._metadata");
                }
                case List<?> l -> {
                    List<?> k = (List<?>) cast(List.class, b, path);
                    assertEquals(Pickler.isTuple(l), Pickler.isTuple(k), path + ": tuple vs list");
                    if (!Pickler.isTuple(l) && paired(a, b, path)) return;
                    assertEquals(l.size(), k.size(), path + ": length");
                    for (int i = 0; i < l.size(); i++) compare(l.get(i), k.get(i), path + "[" + i + "]");
                }
                default -> {
                    assertEquals(a.getClass(), b.getClass(), path + ": type");
                    assertEquals(a, b, path);
                }
            }
        }

        void tensor(Tensor a, Tensor b, String path) {
            assertEquals(a.getClass(), b.getClass(), path + ": tensor class");
            if (paired(a, b, path)) return;
            assertEquals(a.dtype(), b.dtype(), path + ": dtype");
            assertEquals(a.shape(), b.shape(), path + ": shape");
            assertArrayEquals(a.stride(), b.stride(), path + ": stride");
            assertEquals(a.storageOffset(), b.storageOffset(), path + ": offset");
            assertEquals(a.requiresGrad(), b.requiresGrad(), path + ": requires_grad");
            Storage s = a.storage(), r = b.storage();
            Object prev = pairs.get(s);
            if (prev == null) {
                paired(s, r, path + ".storage");
                assertEquals(s.length(), r.length(), path + ": storage length");
                if (!java.util.Objects.deepEquals(s.array(), r.array())) fail(path + ": storage contents differ");
            } else {
                assertSame(prev, r, path + ": storage sharing differs");
            }
        }

        static Object cast(Class<?> c, Object o, String path) {
            if (!c.isInstance(o)) fail(path + ": expected a " + c.getSimpleName() + ", got " + o.getClass().getName());
            return o;
        }
    }
}
