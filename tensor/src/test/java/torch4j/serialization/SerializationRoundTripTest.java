package torch4j.serialization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import torch4j.DType;
import torch4j.Size;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.BatchNorm2d;
import torch4j.nn.Linear;
import torch4j.nn.Parameter;
import torch4j.nn.Sequential;
import torch4j.optim.Adam;

/** torch4j to torch4j: what is saved comes back with the same types, layouts, bits and sharing. */
class SerializationRoundTripTest {

    static Map<String, Object> everything() {
        Tensor base = Torch.arange(24).view(2, 3, 4).toDouble();
        Map<String, Object> m = new LinkedHashMap<>();
        for (DType d : DType.values()) m.put(d.pyName(), Torch.tensor(new double[] {0, 1, -1, 2.5, 127}).to(d));
        m.put("nan", Torch.tensor(new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE}, DType.FLOAT64));
        m.put("base", base);
        m.put("t", base.transpose(0, 2));
        m.put("narrow", base.narrow(2, 1, 2));
        m.put("select", base.select(0, 1));
        m.put("expand", Torch.tensor(new double[] {1, 2}).view(2, 1).expand(2, 5));
        m.put("scalar", Torch.tensor(7L));
        m.put("empty", Torch.zeros(0, 4));
        Tensor tied = Torch.ones(3);
        m.put("tied1", tied);
        m.put("tied2", tied);
        m.put("param", new Parameter(Torch.ones(2, 2)));
        m.put("frozen", new Parameter(Torch.zeros(1), false));
        m.put("grad", Torch.tensor(new double[] {1, 2}).requiresGrad_());
        m.put("ints", List.of(0, 255, 256, 65535, 65536, -1, Integer.MIN_VALUE, Integer.MAX_VALUE));
        m.put("longs", List.of(1L << 31, -(1L << 31) - 1, Long.MAX_VALUE, Long.MIN_VALUE));
        m.put("bigs", List.of(BigInteger.TWO.pow(64), BigInteger.TWO.pow(2100).negate(), BigInteger.TWO.pow(63).negate().subtract(BigInteger.ONE)));
        m.put("floats", new ArrayList<>(List.of(0.1, -0.0, Double.NaN, 1e308)));
        m.put("strings", new ArrayList<>(List.of("", "ascii", "é✓漢字", "emoji 🙂", "lone \uD800 surrogate", "x".repeat(70_000))));
        m.put("none", null);
        m.put("bools", List.of(true, false));
        m.put("size", Size.of(2, 0, 3));
        m.put("dtype", DType.UINT8);
        Map<Object, Object> keys = new LinkedHashMap<>();
        keys.put(0, "int key");
        keys.put(-(1L << 40), "long key");
        keys.put(1.5, "float key");
        keys.put(true, "bool key");
        keys.put(null, "None key");
        keys.put(List.of(1, "a"), "tuple key");
        m.put("keys", keys);
        List<Object> big = new ArrayList<>();
        for (int i = 0; i < 2500; i++) big.add(i);   // several APPENDS batches
        m.put("biglist", big);
        Map<String, Object> bigdict = new LinkedHashMap<>();
        for (int i = 0; i < 2000; i++) bigdict.put("k" + i, i);   // exactly two full SETITEMS batches
        m.put("bigdict", bigdict);
        OrderedDict<String, Object> od = new OrderedDict<>();
        od.put("a", 1);
        m.put("ordered", od);
        m.put("nested", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("x", new ArrayList<>(List.of(tied)))))));
        return m;
    }

    @Test void everythingComesBackTheSame() {
        Map<String, Object> m = everything();
        Object back = Trees.fromBytes(Trees.saveToBytes(m));
        Trees.assertSameTree(m, back);
        Map<?, ?> b = (Map<?, ?>) back;
        assertSame(b.get("tied1"), b.get("tied2"));
        assertTrue(((Tensor) b.get("t")).sharesStorageWith((Tensor) b.get("base")));
        assertInstanceOf(Parameter.class, b.get("param"));
        assertEquals(Integer.class, ((List<?>) b.get("ints")).get(6).getClass(), "ints load as Integer");
        assertEquals(Long.class, ((List<?>) b.get("longs")).get(0).getClass(), "longs beyond int load as Long");
    }

    @Test void stateAndOptimizerRoundTrip() {
        var net = new Sequential(new Linear(3, 4), new BatchNorm2d(4));
        Adam opt = new Adam(net.parameters(), 0.01);
        for (Tensor p : net.parameters()) p.setGrad(Torch.onesLike(p));
        opt.step();
        Map<String, Object> ckpt = new LinkedHashMap<>();
        ckpt.put("model", net.stateDict());
        ckpt.put("optim", opt.stateDict());
        Map<?, ?> back = (Map<?, ?>) Trees.fromBytes(Trees.saveToBytes(ckpt));
        Trees.assertSameTree(ckpt, back);
        assertEquals("OrderedDict([('', {'version': 1}), ('0', {'version': 1}), ('1', {'version': 2})])", String.valueOf(((OrderedDict<?, ?>) back.get("model")).metadata()));
        var net2 = new Sequential(new Linear(3, 4), new BatchNorm2d(4));
        @SuppressWarnings("unchecked") Map<String, Tensor> sd = (Map<String, Tensor>) back.get("model");
        assertEquals("<All keys matched successfully>", net2.loadStateDict(sd).toString());
        Adam opt2 = new Adam(net2.parameters(), 0.5);
        @SuppressWarnings("unchecked") Map<String, Object> osd = (Map<String, Object>) back.get("optim");
        opt2.loadStateDict(osd);
        assertEquals(0.01, opt2.paramGroups().get(0).lr());
    }

    @Test void cyclesAndSharedContainersSurvive() {
        List<Object> l = new ArrayList<>();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("self", d);
        d.put("list", l);
        l.add(l);
        l.add(d);
        List<Object> tuple = Collections.unmodifiableList(new ArrayList<>(List.of(l)));
        l.add(tuple);
        Map<?, ?> back = (Map<?, ?>) Trees.fromBytes(Trees.saveToBytes(d));
        assertSame(back, back.get("self"));
        List<?> bl = (List<?>) back.get("list");
        assertSame(bl, bl.get(0));
        assertSame(back, bl.get(1));
        assertSame(bl, ((List<?>) bl.get(2)).get(0));
    }

    @Test void unsavableValuesFailBeforeAnyFileIsTouched(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("keep.pt");
        Checkpoints.save(Map.of("v", 1), f);
        byte[] before = Files.readAllBytes(f);
        var e = assertThrows(CheckpointException.class, () -> Checkpoints.save(Map.of("v", new HashSet<>()), f));
        assertTrue(e.getMessage().startsWith("cannot save a java.util.HashSet"), e.getMessage());
        assertThrows(CheckpointException.class, () -> Checkpoints.save(Map.of(new ArrayList<>(List.of(1)), 1), f));
        assertArrayEquals(before, Files.readAllBytes(f));
        try (var s = Files.list(dir)) { assertEquals(List.of(f), s.toList()); }
    }

    @Test void aFailureWhileWritingLeavesTheOldFileAndNoTemporary(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("net.pt");
        Files.writeString(f, "old");
        assertThrows(UncheckedIOException.class, () -> AtomicFile.write(f, ch -> {
            ch.write(ByteBuffer.wrap(new byte[1000]));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        try (var s = Files.list(dir)) { assertEquals(List.of(f), s.toList()); }
        Checkpoints.save(Torch.ones(2), f);
        assertEquals("tensor([1., 1.])", Checkpoints.load(f).toString());
        try (var s = Files.list(dir)) { assertEquals(List.of(f), s.toList()); }
    }

    @Test void archiveNamesFollowPyTorch(@TempDir Path dir) throws IOException {
        for (String[] c : new String[][] {{"x.y.pt", "x.y/"}, {"noext", "noext/"}, {"café.pt", "café/"}, {".pt", "archive/"}, {".hid.pt", ".hid/"}}) {
            Path f = dir.resolve(c[0]);
            Torch.save(Torch.ones(1), f);
            try (ZipFile z = new ZipFile(f.toFile())) {
                assertEquals(c[1] + "data.pkl", z.entries().nextElement().getName(), c[0]);
            }
            assertEquals("tensor([1.])", Torch.load(f).toString());
        }
        Torch.save(Torch.ones(1), dir.resolve("s.pt").toString());
        assertEquals("tensor([1.])", Torch.load(dir.resolve("s.pt").toString()).toString());
        Path stream = dir.resolve("stream.bin");
        Files.write(stream, Trees.saveToBytes(Torch.ones(1)));
        try (ZipFile z = new ZipFile(stream.toFile())) {
            assertEquals("archive/data.pkl", z.entries().nextElement().getName());
        }
    }

    /** The JDK's central-directory reader (not ours) finds every record with the CRC and size we wrote. */
    @Test void theJdkZipReaderAcceptsOurArchives(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("all.pt");
        Torch.save(everything(), f);
        try (ZipFile z = new ZipFile(f.toFile())) {
            int n = 0;
            for (var e : java.util.Collections.list(z.entries())) {
                byte[] data = z.getInputStream(e).readAllBytes();
                var crc = new java.util.zip.CRC32();
                crc.update(data);
                assertEquals(e.getCrc(), crc.getValue(), e.getName());
                assertEquals(e.getSize(), data.length, e.getName());
                n++;
            }
            assertTrue(n > 10);
        }
    }

    /** Zip64 fields appear only past 4 GiB; writing them for every record exercises that path on both sides. */
    @Test void zip64FieldsAreWrittenAndRead(@TempDir Path dir) throws IOException {
        Map<String, Object> m = everything();
        Path f = dir.resolve("z64.pt");
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            PyTorchFormat.prepare(m, "z64").writeTo(ch, 1);
        }
        Trees.assertSameTree(m, Checkpoints.load(f));
        try (ZipFile z = new ZipFile(f.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                byte[] data = z.getInputStream(e).readAllBytes();
                assertEquals(e.getSize(), data.length, e.getName());
            }
        }
    }

    @Test void missingFilesAreIoErrorsAndEmptyOnesCorrupt(@TempDir Path dir) throws IOException {
        var e = assertThrows(UncheckedIOException.class, () -> Torch.load(dir.resolve("nope.pt")));
        assertInstanceOf(java.nio.file.NoSuchFileException.class, e.getCause());
        Path empty = Files.createFile(dir.resolve("empty.pt"));
        assertEquals("PytorchStreamReader failed reading zip archive: failed finding central directory",
                assertThrows(CheckpointException.class, () -> Torch.load(empty)).getMessage());
        assertEquals("Error while deserializing header: HeaderTooSmall", assertThrows(CheckpointException.class, () -> SafeTensors.load(empty)).getMessage());
        Path half = dir.resolve("half.pt");
        byte[] full = Trees.saveToBytes(Torch.ones(1000));
        Files.write(half, java.util.Arrays.copyOf(full, full.length / 2));
        assertThrows(CheckpointException.class, () -> Torch.load(half));
    }

    @Test void setMakesAViewOfAStorage() {
        var s = Torch.arange(6).toDouble().storage();
        assertEquals("tensor([[1., 2.],\n        [4., 5.]], dtype=torch.float64)",
                Torch.zeros(new long[] {0}, DType.FLOAT64).set_(s, 1, new long[] {2, 2}, new long[] {3, 1}).toString());
        var grown = Torch.zeros(new long[] {0}, DType.FLOAT64).set_(s, 4, new long[] {3}, new long[] {1});
        assertEquals(7, s.length(), "PyTorch grows the storage");
        assertEquals("tensor([4., 5., 0.], dtype=torch.float64)", grown.toString());
        assertEquals("Expected a Storage of type float or an UntypedStorage, but got type Double for argument 1 'storage'",
                assertThrows(IllegalArgumentException.class, () -> Torch.zeros(0).set_(s, 0, new long[] {1}, new long[] {1})).getMessage());
        assertEquals("unequal size length (2) and stride length (1)",
                assertThrows(IllegalArgumentException.class, () -> Torch.zeros(new long[] {0}, DType.FLOAT64).set_(s, 0, new long[] {2, 3}, new long[] {3})).getMessage());
        assertEquals("Storage size calculation overflowed with sizes=[2, 3] and strides=[-3, 1]",
                assertThrows(IllegalArgumentException.class, () -> Torch.zeros(new long[] {0}, DType.FLOAT64).set_(s, 0, new long[] {2, 3}, new long[] {-3, 1})).getMessage());
        assertEquals("a leaf Variable that requires grad is being used in an in-place operation.",
                assertThrows(IllegalStateException.class, () -> Torch.zeros(new long[] {1}, DType.FLOAT64).requiresGrad_().set_(s, 0, new long[] {1}, new long[] {1})).getMessage());
    }
}
