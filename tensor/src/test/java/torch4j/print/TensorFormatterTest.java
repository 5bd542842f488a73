package torch4j.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;
import torch4j.DType;

/** Behaviour beyond the golden table: what a summarized print reads, devices, storage quirks. */
class TensorFormatterTest {

    /** A float32 tensor whose elements are computed on demand; records every index read. */
    static final class LazyData implements TensorData {
        final long[] shape;
        final LongToDoubleFunction f;
        final Set<Long> touched = new HashSet<>();
        long reads;

        LazyData(LongToDoubleFunction f, long... shape) {
            this.shape = shape;
            this.f = f;
        }

        @Override public long[] shape() { return shape.clone(); }
        @Override public DType dtype() { return DType.FLOAT32; }
        @Override public String device() { return "cpu"; }

        @Override public double getDouble(long i) {
            reads++;
            touched.add(i);
            return f.applyAsDouble(i);
        }

        @Override public long getLong(long i) { throw new AssertionError("getLong on a float tensor"); }
    }

    /** A float32-representable pseudo-random value for index i. */
    static double value(long i) {
        return (float) (((i * 2654435761L) % 20001 - 10000) / 997.0);
    }

    @Test
    void summarizedHugeVectorReadsOnlyTheEdges() {
        long n = 10_000_000L;
        var big = new LazyData(TensorFormatterTest::value, n);
        String repr = TensorFormatter.repr(big, List.of(), PrintOptions.DEFAULT);
        assertEquals(Set.of(0L, 1L, 2L, n - 3, n - 2, n - 1), big.touched);
        assertTrue(big.reads <= 18, "reads: " + big.reads); // formatter stats + widths + print

        // the same edges in a 2000-element tensor (a size the golden tests cover) print the same
        var small = new LazyData(i -> value(i < 3 ? i : n - 2000 + i), 2000);
        assertEquals(TensorFormatter.repr(small, List.of(), PrintOptions.DEFAULT), repr);
    }

    @Test
    void summarizedHugeMatrixReadsOnlyTheCorners() {
        long rows = 10_000, cols = 1_000;
        var big = new LazyData(TensorFormatterTest::value, rows, cols);
        String repr = TensorFormatter.repr(big, List.of("requires_grad=True"), PrintOptions.DEFAULT);
        assertEquals(36, big.touched.size());
        for (long i : big.touched) {
            long r = i / cols, c = i % cols;
            assertTrue((r < 3 || r >= rows - 3) && (c < 3 || c >= cols - 3), "read " + r + "," + c);
        }
        // a 7x7 tensor (numel 49) printed with threshold 48 summarizes to the same picture
        var small = new LazyData(i -> {
            long r = i / 7, c = i % 7;
            return value((r < 3 ? r : rows - 7 + r) * cols + (c < 3 ? c : cols - 7 + c));
        }, 7, 7);
        String smallRepr = TensorFormatter.repr(small, List.of("requires_grad=True"), PrintOptions.DEFAULT.withThreshold(48));
        assertEquals(smallRepr, repr);
        assertTrue(repr.contains("...,"), repr);
    }

    @Test
    void nonSummarizedPrintReadsEachElementAFewTimes() {
        var t = new LazyData(TensorFormatterTest::value, 10, 100);
        TensorFormatter.repr(t, List.of(), PrintOptions.DEFAULT);
        assertEquals(1000, t.touched.size());
        assertTrue(t.reads <= 3000, "reads: " + t.reads);
    }

    @Test
    void cudaDevicePrintsLikeAnyOtherNonCpuDevice() {
        // PyTorch here has no GPU; its lazy:0 device takes the same _str_intern path, and
        // "cuda:0" has the same length, so the wrapping is the same too
        for (String name : List.of("device_grad_f64_wrap", "device_empty", "device_wrap_8")) {
            JsonObject c = goldenCase(name);
            var lazy = (ArrayTensorData) GoldenPrintTest.tensorOf(c);
            assertEquals("lazy:0", lazy.device());
            var cuda = new ArrayTensorData(lazy.shape(), lazy.dtype(), "cuda:0", lazy.doubles(), lazy.longs());
            List<String> suffixes = c.getAsJsonArray("suffixes").asList().stream().map(JsonElement::getAsString).toList();
            String expected = c.get("expected").getAsString().replace("device='lazy:0'", "device='cuda:0'");
            assertEquals(expected, TensorFormatter.repr(cuda, suffixes, PrintOptions.DEFAULT));
        }
    }

    @Test
    void uint8ReadAsSignedBytesStillPrintsUnsigned() {
        JsonObject c = goldenCase("uint8");
        var t = (ArrayTensorData) GoldenPrintTest.tensorOf(c);
        long[] signed = t.longs().clone();
        for (int i = 0; i < signed.length; i++) signed[i] = (byte) signed[i];
        var asBytes = ArrayTensorData.ofLongs(DType.UINT8, t.shape(), signed);
        assertEquals(c.get("expected").getAsString(), TensorFormatter.repr(asBytes, List.of(), PrintOptions.DEFAULT));
    }

    @Test
    void shapeIsNotAliased() {
        long[] shape = {2};
        var t = ArrayTensorData.ofDoubles(DType.FLOAT64, shape, 1, 2);
        assertEquals("tensor([1., 2.], dtype=torch.float64)", TensorFormatter.repr(t, List.of(), PrintOptions.DEFAULT));
        assertEquals(2, shape[0]);
    }

    @Test
    void pythonTuple() {
        assertEquals("(0,)", TensorFormatter.pythonTuple(new long[] {0}));
        assertEquals("(2, 0, 4)", TensorFormatter.pythonTuple(new long[] {2, 0, 4}));
        assertEquals("()", TensorFormatter.pythonTuple(new long[] {}));
    }

    static JsonObject goldenCase(String name) {
        for (JsonElement e : GoldenPrintTest.load("print_cases.json").getAsJsonArray("cases")) {
            if (e.getAsJsonObject().get("name").getAsString().equals(name)) return e.getAsJsonObject();
        }
        throw new IllegalArgumentException("no golden case " + name);
    }
}
