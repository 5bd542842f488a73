package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torch4j.Torch.arange;
import static torch4j.Torch.cat;
import static torch4j.Torch.stack;
import static torch4j.Torch.tensor;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * cat, stack, chunk, split, unbind and the sorting facades. Expected values were printed by
 * PyTorch 1.13 ({@code /usr/bin/python3}); error texts come from {@code golden/joining/errors.json}.
 */
class JoiningTest {

    private static Tensor empty() { return tensor(new double[0]); }

    private static Tensor empty(long... shape) { return Torch.zeros(shape); }

    // ---------------------------------------------------------------- errors, against PyTorch's texts

    /** Every expression of errors.json, transliterated. */
    private static Map<String, Executable> errorExpressions() {
        Map<String, Executable> m = new LinkedHashMap<>();
        Tensor row2 = tensor(new long[][]{{1, 2}}), row3 = tensor(new long[][]{{1, 2, 3}});
        m.put("torch.cat([])", () -> cat(List.of()));
        m.put("torch.cat([T([[1, 2]]), T([[1, 2, 3]])], 0)", () -> cat(List.of(row2, row3), 0));
        m.put("torch.cat([T([]), T([[1, 2]]), T([[1, 2, 3]])], 0)", () -> cat(List.of(empty(), row2, row3), 0));
        m.put("torch.cat([T([[1, 2]]), T([[1, 2, 3]])], 2)", () -> cat(List.of(row2, row3), 2));
        m.put("torch.cat([T([[1, 2]]), T([1, 2])], 0)", () -> cat(List.of(row2, tensor(1, 2)), 0));
        m.put("torch.cat([T([1]), T(2)])", () -> cat(List.of(tensor(new long[]{1}), tensor(2L))));
        m.put("torch.cat([T([]).reshape(2, 0), T([[1, 2], [3, 4]])], 0)",
                () -> cat(List.of(empty(2, 0), tensor(new long[][]{{1, 2}, {3, 4}})), 0));
        m.put("torch.stack([])", () -> stack(List.of()));
        m.put("torch.stack([T([1, 2]), T([1, 2]), T([1, 2, 3])])", () -> stack(tensor(1, 2), tensor(1, 2), tensor(1, 2, 3)));
        m.put("torch.stack([T([[1, 2]]), T([[1, 2]])], 3)", () -> stack(List.of(row2, row2), 3));
        m.put("torch.stack([T([[1, 2]]), T([[1, 2]])], -4)", () -> stack(List.of(row2, row2), -4));
        m.put("T([1, 2, 3]).chunk(0)", () -> tensor(1, 2, 3).chunk(0));
        m.put("T(5).chunk(2)", () -> tensor(5L).chunk(2));
        m.put("T([1, 2, 3]).chunk(2, 1)", () -> tensor(1, 2, 3).chunk(2, 1));
        m.put("T([1, 2, 3]).split(0)", () -> tensor(1, 2, 3).split(0));
        m.put("T([1, 2, 3]).split(-1)", () -> tensor(1, 2, 3).split(-1));
        m.put("T(5).split(1)", () -> tensor(5L).split(1));
        m.put("T([1, 2, 3]).split([1, 1])", () -> tensor(1, 2, 3).split(new long[]{1, 1}));
        m.put("T([1, 2, 3]).split([2, 2])", () -> tensor(1, 2, 3).split(new long[]{2, 2}));
        m.put("T([1, 2, 3]).split([4, -1])", () -> tensor(1, 2, 3).split(new long[]{4, -1}));
        m.put("T([[1, 2, 3]]).split([1, 1], -1)", () -> row3.split(new long[]{1, 1}, -1));
        m.put("T([[1, 2, 3]]).unbind(2)", () -> row3.unbind(2));
        m.put("T(3).unbind(0)", () -> tensor(3L).unbind(0));
        m.put("T([3., 1.]).sort(1)", () -> tensor(3., 1.).sort(1));
        m.put("T([3., 1.]).topk(3)", () -> tensor(3., 1.).topk(3));
        m.put("T([3., 1.]).topk(-1)", () -> tensor(3., 1.).topk(-1));
        m.put("T(3.).topk(2)", () -> tensor(3.).topk(2));
        m.put("T([True, False]).topk(1)", () -> tensor(true, false).topk(1));
        m.put("T([[3., 1.]]).topk(1, 2)", () -> tensor(new double[][]{{3, 1}}).topk(1, 2));
        m.put("T([1, 2, 3]).kthvalue(0)", () -> tensor(1, 2, 3).kthvalue(0));
        m.put("T([[1, 2, 3]]).kthvalue(4, -1)", () -> row3.kthvalue(4, -1));
        m.put("T([[1, 2, 3]]).kthvalue(2, 0)", () -> row3.kthvalue(2, 0));
        m.put("T([]).kthvalue(1)", () -> empty().kthvalue(1));
        m.put("T([True]).kthvalue(1)", () -> tensor(true).reshape(1).kthvalue(1));
        return m;
    }

    @TestFactory
    Stream<DynamicTest> errorsMatchPyTorch() throws Exception {
        var in = getClass().getResourceAsStream("/golden/joining/errors.json");
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Executable> code = errorExpressions();
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (JsonElement e : JsonParser.parseReader(reader).getAsJsonArray()) {
                JsonObject c = e.getAsJsonObject();
                String expr = c.get("expr").getAsString();
                Executable body = code.remove(expr);
                Class<? extends Throwable> type = switch (c.get("type").getAsString()) {
                    case "RuntimeError" -> IllegalArgumentException.class;
                    case "IndexError" -> IndexOutOfBoundsException.class;
                    default -> throw new IllegalArgumentException(c.get("type").getAsString());
                };
                tests.add(DynamicTest.dynamicTest(expr, () -> {
                    assertTrue(body != null, "no Java transliteration for " + expr);
                    Throwable t = assertThrows(type, body);
                    assertEquals(c.get("message").getAsString(), t.getMessage());
                }));
            }
        }
        assertTrue(code.isEmpty(), "transliterations without a golden entry: " + code.keySet());
        return tests.stream();
    }

    // ---------------------------------------------------------------- cat

    @Test
    void catConcatenatesAlongAnyDim() {
        Tensor a = tensor(new long[][]{{1, 2}}), b = tensor(new long[][]{{3, 4, 5}});
        assertArrayEquals(new long[]{1, 2, 3, 4, 5}, cat(List.of(a, b), 1).toLongArray());
        assertArrayEquals(new long[]{1, 2, 3, 4, 5}, cat(List.of(a, b), -1).toLongArray());
        Tensor c = cat(List.of(a, tensor(new long[][]{{7, 8}, {9, 10}})), 0);
        assertEquals(Size.of(3, 2), c.shape());
        assertArrayEquals(new long[]{1, 2, 7, 8, 9, 10}, c.toLongArray());
        assertArrayEquals(new long[]{1, 1}, cat(tensor(new long[][]{{1}}), tensor(new long[][]{{2}})).stride());
    }

    @Test
    void catPromotesAcrossInputs() {
        // torch.cat([T([1,2]), T([1.5])]) -> tensor([1.0000, 2.0000, 1.5000])
        Tensor f = cat(tensor(1, 2), tensor(new double[]{1.5}));
        assertEquals(DType.FLOAT32, f.dtype());
        assertArrayEquals(new float[]{1, 2, 1.5f}, f.toFloatArray());
        // int64 with bool stays int64
        Tensor l = cat(tensor(1, 2), tensor(new boolean[]{true}));
        assertEquals(DType.INT64, l.dtype());
        assertArrayEquals(new long[]{1, 2, 1}, l.toLongArray());
        // uint8 with int8 gives int16
        Tensor s = cat(tensor(new long[]{1, 2}, DType.UINT8), tensor(new long[]{-1}, DType.INT8));
        assertEquals(DType.INT16, s.dtype());
        assertArrayEquals(new long[]{1, 2, -1}, s.toLongArray());
    }

    @Test
    void catSkipsLegacyEmptyTensorsButPromotesThem() {
        // torch.cat([T([], dtype=float64), T([1, 2])]) -> tensor([1., 2.], dtype=torch.float64)
        Tensor r = cat(Torch.zeros(new long[]{0}, DType.FLOAT64), tensor(1, 2));
        assertEquals(DType.FLOAT64, r.dtype());
        assertArrayEquals(new double[]{1, 2}, r.toDoubleArray());
        // a (0,) tensor joins 2-D tensors along any dim
        Tensor m = cat(List.of(tensor(new double[][]{{1, 2}}), empty(), tensor(new double[][]{{3, 4}})), 1);
        assertEquals(Size.of(1, 4), m.shape());
        assertArrayEquals(new float[]{1, 2, 3, 4}, m.toFloatArray());
        // only skipped tensors: shape (0,), no dim check at all
        Tensor none = cat(List.of(Torch.zeros(new long[]{0}, DType.INT64), Torch.zeros(new long[]{0}, DType.FLOAT64)), 5);
        assertEquals(Size.of(0), none.shape());
        assertEquals(DType.FLOAT64, none.dtype());
        // other empty shapes are not skipped: (2, 0) joins (2, 2) along dim 1
        Tensor z = cat(List.of(empty(2, 0), tensor(new double[][]{{1, 2}, {3, 4}})), 1);
        assertArrayEquals(new float[]{1, 2, 3, 4}, z.toFloatArray());
        assertEquals(Size.of(0, 1), cat(List.of(empty(0, 1), empty()), 0).shape());
    }

    @Test
    void catReadsNonContiguousInputsAndCopies() {
        Tensor x = arange(6).view(2, 3);
        Tensor t = x.t();                                   // (3, 2), strides (1, 3)
        Tensor e = tensor(new long[][]{{7, 8}}).expand(2, 2);   // stride 0
        Tensor c = cat(List.of(t, e), 0);
        assertEquals(Size.of(5, 2), c.shape());
        assertArrayEquals(new long[]{0, 3, 1, 4, 2, 5, 7, 8, 7, 8}, c.toLongArray());
        assertFalse(c.sharesStorageWith(x));
        Tensor stepped = cat(List.of(arange(10).slice(0, 1, 10, 3), arange(2)), 0);
        assertArrayEquals(new long[]{1, 4, 7, 0, 1}, stepped.toLongArray());
        assertArrayEquals(new long[]{0, 1, 2, 3}, Torch.concat(List.of(arange(2), arange(2, 4)), 0).toLongArray());
    }

    // ---------------------------------------------------------------- stack

    @Test
    void stackAddsADim() {
        Tensor a = tensor(1, 2), b = tensor(3, 4);
        assertArrayEquals(new long[]{1, 2, 3, 4}, stack(a, b).toLongArray());
        Tensor s1 = stack(List.of(a, b), 1);
        assertEquals(Size.of(2, 2), s1.shape());
        assertArrayEquals(new long[]{1, 3, 2, 4}, s1.toLongArray());
        assertArrayEquals(new long[]{1, 3, 2, 4}, stack(List.of(a, b), -1).toLongArray());
        // torch.stack([T([1,2]), T([1.,2])], 1) -> float32
        Tensor f = stack(List.of(tensor(1, 2), tensor(1., 2.)), 1);
        assertEquals(DType.FLOAT32, f.dtype());
        assertArrayEquals(new float[]{1, 1, 2, 2}, f.toFloatArray());
        // 0-dim inputs stack into a vector; 1-D empties into (2, 0)
        assertArrayEquals(new long[]{1, 2}, stack(tensor(1L), tensor(2L)).toLongArray());
        assertEquals(Size.of(2, 0), stack(empty(), empty()).shape());
        Tensor grid = stack(List.of(arange(6).view(2, 3).t(), arange(6, 12).view(3, 2)), 2);
        assertEquals(Size.of(3, 2, 2), grid.shape());
        assertArrayEquals(new long[]{0, 6, 3, 7, 1, 8, 4, 9, 2, 10, 5, 11}, grid.toLongArray());
    }

    // ---------------------------------------------------------------- chunk, split, unbind

    private static List<long[]> values(List<Tensor> parts) {
        List<long[]> out = new ArrayList<>();
        for (Tensor p : parts) out.add(p.toLongArray());
        return out;
    }

    private static void assertParts(List<Tensor> parts, long[]... expected) {
        assertEquals(expected.length, parts.size(), "number of pieces");
        for (int i = 0; i < expected.length; i++) assertArrayEquals(expected[i], values(parts).get(i), "piece " + i);
    }

    @Test
    void chunkUsesCeilDivisionAndMayReturnFewer() {
        assertParts(tensor(1, 2, 3, 4, 5).chunk(3), new long[]{1, 2}, new long[]{3, 4}, new long[]{5});
        assertParts(tensor(1, 2, 3, 4, 5, 6).chunk(4), new long[]{1, 2}, new long[]{3, 4}, new long[]{5, 6});
        assertParts(tensor(1, 2, 3, 4, 5).chunk(10), new long[]{1}, new long[]{2}, new long[]{3}, new long[]{4}, new long[]{5});
        List<Tensor> empties = empty().chunk(3);
        assertEquals(3, empties.size());
        for (Tensor p : empties) assertEquals(Size.of(0), p.shape());
        List<Tensor> cols = arange(12).view(3, 4).chunk(3, -1);
        assertEquals(2, cols.size());
        assertEquals(Size.of(3, 2), cols.get(0).shape());
        assertArrayEquals(new long[]{2, 3, 6, 7, 10, 11}, cols.get(1).toLongArray());
        assertEquals(3, Torch.chunk(arange(3), 3).size());
    }

    @Test
    void splitBySizeAndBySizes() {
        assertParts(tensor(1, 2, 3, 4, 5).split(2), new long[]{1, 2}, new long[]{3, 4}, new long[]{5});
        assertParts(tensor(1, 2, 3, 4, 5).split(10), new long[]{1, 2, 3, 4, 5});
        assertParts(empty().split(0), new long[0]);
        assertParts(tensor(1, 2, 3).split(new long[]{2, 1}), new long[]{1, 2}, new long[]{3});
        assertParts(tensor(1, 2, 3).split(new long[]{3, 0}), new long[]{1, 2, 3}, new long[0]);
        List<Tensor> rows = arange(12).view(4, 3).split(new long[]{1, 3}, 0);
        assertEquals(Size.of(3, 3), rows.get(1).shape());
        assertArrayEquals(new long[]{3, 4, 5, 6, 7, 8, 9, 10, 11}, rows.get(1).toLongArray());
        assertParts(Torch.split(arange(4), new long[]{1, 3}, 0), new long[]{0}, new long[]{1, 2, 3});
        assertParts(arange(4).splitWithSizes(new long[]{2, 2}, -1), new long[]{0, 1}, new long[]{2, 3});
    }

    @Test
    void unbindSelectsEveryIndex() {
        assertParts(tensor(new long[][]{{1, 2, 3}}).unbind(1), new long[]{1}, new long[]{2}, new long[]{3});
        List<Tensor> rows = tensor(new long[][]{{1, 2, 3}}).unbind(-2);
        assertEquals(1, rows.size());
        assertEquals(Size.of(3), rows.get(0).shape());
        assertTrue(empty().unbind().isEmpty());
        List<Tensor> cols = arange(6).view(2, 3).unbind(1);
        assertEquals(Size.of(2), cols.get(2).shape());
        assertArrayEquals(new long[]{2, 5}, cols.get(2).toLongArray());
    }

    @Test
    void piecesAreViewsThatWriteThrough() {
        Tensor x = arange(10).view(2, 5);
        List<Tensor> chunks = x.chunk(2, 1);
        chunks.get(1).fill_(-1L);
        assertArrayEquals(new long[]{0, 1, 2, -1, -1, 5, 6, 7, -1, -1}, x.toLongArray());
        assertTrue(chunks.get(0).sharesStorageWith(x));
        assertEquals(3, chunks.get(1).storageOffset());

        List<Tensor> parts = x.split(new long[]{1, 1}, 0);
        parts.get(1).mul_(10L);
        assertArrayEquals(new long[]{50, 60, 70, -10, -10}, x.select(0, 1).toLongArray());

        List<Tensor> cols = x.unbind(1);
        cols.get(0).fill_(42L);
        assertArrayEquals(new long[]{42, 42}, x.select(1, 0).toLongArray());
        assertThrows(UnsupportedOperationException.class, () -> cols.add(x));
    }

    // ---------------------------------------------------------------- sorting facades

    @Test
    void sortingFacadesAndDefaults() {
        Tensor x = tensor(new long[][]{{3, 1, 2}, {0, 5, 4}});
        ValuesIndices s = x.sort();
        assertEquals("sort", s.op());
        assertArrayEquals(new long[]{1, 2, 3, 0, 4, 5}, s.values().toLongArray());
        assertArrayEquals(new long[]{1, 2, 0, 0, 2, 1}, s.indices().toLongArray());
        assertArrayEquals(new long[]{0, 2, 1, 1, 2, 0}, x.sort(true).indices().toLongArray());
        assertArrayEquals(new long[]{0, 1, 1, 1, 0, 0}, x.sort(0, true).indices().toLongArray());
        assertArrayEquals(new long[]{1, 0, 0, 0, 1, 1}, x.sort(0).indices().toLongArray());
        assertArrayEquals(x.sort().indices().toLongArray(), x.argsort().toLongArray());
        assertArrayEquals(new long[]{0, 2, 1}, tensor(3, 1, 2).argsort(0, true).toLongArray());
        assertArrayEquals(new long[]{1, 2, 0}, Torch.argsort(tensor(3, 1, 2)).toLongArray());
        assertArrayEquals(new long[]{0, 2, 4, 1, 3}, tensor(1, 3, 1, 3, 1).argsort(true, 0, false).toLongArray());
        assertArrayEquals(new long[]{1, 3, 0, 2, 4}, Torch.sort(tensor(1, 3, 1, 3, 1), 0, true).indices().toLongArray());
        // bool sorts (torch: values=[False, True], indices=[1, 0])
        ValuesIndices b = tensor(true, false).sort();
        assertArrayEquals(new boolean[]{false, true}, b.values().toBooleanArray());
        assertArrayEquals(new long[]{1, 0}, b.indices().toLongArray());

        ValuesIndices t = tensor(1., 5., 3.).topk(2);
        assertEquals("topk", t.op());
        assertArrayEquals(new float[]{5, 3}, t.values().toFloatArray());
        assertArrayEquals(new long[]{1, 2}, t.indices().toLongArray());
        assertArrayEquals(new long[]{0, 2}, tensor(1., 5., 3.).topk(2, 0, false).indices().toLongArray());
        assertArrayEquals(new long[]{0, 1}, Torch.topk(x, 1).indices().toLongArray());
        assertArrayEquals(new long[]{1, 0, 0}, Torch.topk(x, 1, 0, false, true).indices().toLongArray());

        ValuesIndices k = x.kthvalue(2);
        assertEquals("kthvalue", k.op());
        assertArrayEquals(new long[]{2, 4}, k.values().toLongArray());
        assertArrayEquals(new long[]{2, 2}, k.indices().toLongArray());
        assertEquals(Size.of(1, 3), x.kthvalue(1, 0, true).values().shape());
        assertArrayEquals(new long[]{3, 5, 4}, Torch.kthvalue(x, 2, 0, false).values().toLongArray());
        assertArrayEquals(new long[]{3, 5}, Torch.kthvalue(x, 3).values().toLongArray());
    }

    @Test
    void sortOutputsAreFreshTensors() {
        Tensor x = tensor(2., 1.);
        ValuesIndices s = x.sort();
        assertFalse(s.values().sharesStorageWith(x));
        s.values().fill_(0.);
        assertArrayEquals(new float[]{2, 1}, x.toFloatArray());
        Tensor scalar = tensor(3.);
        ValuesIndices z = scalar.sort();
        assertEquals(0, z.values().dim());
        assertEquals(3.0, z.values().item());
        assertEquals(0, z.indices().longValue());
        assertSame(DType.INT64, z.indices().dtype());
    }
}
