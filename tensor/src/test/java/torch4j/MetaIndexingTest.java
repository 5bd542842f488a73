package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torch4j.Torch.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import torch4j.nn.functional.F;

/**
 * The indexing group on meta tensors: every op gives the shape, dtype and strides it gives on the
 * CPU, on the meta device, without data; errors that need no data are the CPU's; index values are
 * not checked (PyTorch's meta kernels cannot read them either); ops whose result size depends on
 * data, or that PyTorch 1.13 has no meta kernel for, fail as PyTorch does.
 */
class MetaIndexingTest {
    private static final Device META = Device.of("meta");

    /** Runs {@code op} on CPU inputs and on the same inputs moved to meta and compares what comes out. */
    private static void same(List<Tensor> inputs, Function<List<Tensor>, Object> op) {
        Object cpu, meta;
        try {
            cpu = op.apply(inputs);
        } catch (RuntimeException e) {
            RuntimeException m = assertThrows(RuntimeException.class, () -> op.apply(onMeta(inputs)));
            assertEquals(e.getClass(), m.getClass(), m.toString());
            assertEquals(e.getMessage(), m.getMessage());
            return;
        }
        meta = op.apply(onMeta(inputs));
        compare(cpu, meta);
    }

    private static List<Tensor> onMeta(List<Tensor> inputs) {
        List<Tensor> out = new ArrayList<>();
        for (Tensor t : inputs) out.add(t.to(META));
        return out;
    }

    private static void compare(Object cpu, Object meta) {
        if (cpu instanceof List<?> cs) {
            List<?> ms = (List<?>) meta;
            assertEquals(cs.size(), ms.size());
            for (int i = 0; i < cs.size(); i++) compare(cs.get(i), ms.get(i));
            return;
        }
        Tensor c = (Tensor) cpu, m = (Tensor) meta;
        assertTrue(m.device().isMeta(), "on " + m.device());
        assertArrayEquals(c.shape().toLongArray(), m.shape().toLongArray(), "shape");
        assertArrayEquals(c.stride(), m.stride(), "strides");
        assertEquals(c.dtype(), m.dtype());
    }

    private static List<Tensor> in(Tensor... ts) { return Arrays.asList(ts); }

    private static Tensor x34() { return Torch.arange(12).view(3, 4).toDouble(); }

    @Test
    void gathersMatchTheCpu() {
        Tensor idx = tensor(2L, 0L, 2L);
        same(in(x34(), idx), a -> a.get(0).get(a.get(1)));
        same(in(x34(), idx), a -> a.get(0).t().get(a.get(1)));
        same(in(x34(), idx), a -> a.get(0).indexSelect(1, a.get(1)));
        same(in(x34(), idx.toInt()), a -> a.get(0).indexSelect(0, a.get(1)));
        same(in(tensor(5.0), tensor(0L, 0L)), a -> a.get(0).indexSelect(0, a.get(1)));
        same(in(x34(), tensor(new long[][]{{0, 1}, {3, 3}, {1, 0}})), a -> a.get(0).gather(1, a.get(1)));
        same(in(x34(), tensor(new long[][]{{0, 1}, {3, 3}, {1, 0}})), a -> a.get(0).gather(-1, a.get(1)));
        same(in(x34(), tensor(5L)), a -> a.get(0).gather(1, a.get(1)));   // rank mismatch: the CPU's error
        // non-adjacent index tensors move the block to the front, as in numpy
        Tensor x = Torch.arange(24).view(2, 3, 4);
        same(in(x, tensor(1L, 0L), tensor(3L, 2L)), a -> AdvancedIndex.index(a.get(0), Arrays.asList(a.get(1), null, a.get(2))));
        same(in(x, tensor(new long[][]{{1}, {0}}), tensor(0L, 2L, 1L)), a -> AdvancedIndex.index(a.get(0), Arrays.asList(a.get(1), a.get(2))));
        same(in(x34(), tensor(0L, 1L), tensor(0L, 1L, 2L)), a -> AdvancedIndex.index(a.get(0), Arrays.asList(a.get(1), a.get(2))));
        same(in(x34(), tensor(new long[]{})), a -> a.get(0).get(a.get(1)));
        same(in(x34(), tensor(1.0)), a -> a.get(0).get(a.get(1)));   // a float index: the CPU's error
    }

    @Test
    void scattersMatchTheCpu() {
        Tensor index = tensor(new long[][]{{0, 1}, {3, 3}, {1, 0}});
        Tensor src = Torch.ones(3, 2).toDouble();
        same(in(x34(), index, src), a -> a.get(0).scatter(1, a.get(1), a.get(2)));
        same(in(x34(), index), a -> a.get(0).scatter(1, a.get(1), 7.0));
        same(in(x34(), index, src), a -> a.get(0).scatterAdd(1, a.get(1), a.get(2)));
        same(in(x34(), index, src), a -> { Tensor t = a.get(0).clone(); assertSame(t, t.scatterAdd_(1, a.get(1), a.get(2))); return t; });
        same(in(x34(), index, src.toFloat()), a -> a.get(0).scatter(1, a.get(1), a.get(2)));   // dtype mismatch
        same(in(x34(), tensor(1L, 0L), Torch.ones(2, 4).toDouble()),
                a -> a.get(0).indexPut(new Tensor[]{a.get(1)}, a.get(2), true));
        same(in(x34(), tensor(1L, 0L), Torch.ones(4).toDouble()),
                a -> a.get(0).clone().set(a.get(1), a.get(2)));
        same(in(x34(), tensor(1L, 0L), Torch.ones(3).toDouble()),
                a -> a.get(0).clone().set(a.get(1), a.get(2)));   // value shape mismatch
        same(in(x34(), tensor(1L, 0L), Torch.ones(4)),
                a -> a.get(0).indexPut(new Tensor[]{a.get(1)}, a.get(2), false));   // value dtype mismatch
    }

    @Test
    void indexValuesAreNotCheckedOnMeta() {
        Tensor x = x34().to(META);
        Tensor big = tensor(7L, 0L).to(META);
        assertArrayEquals(new long[]{2, 4}, x.get(big).shape().toLongArray());
        assertArrayEquals(new long[]{3, 2}, x.gather(1, tensor(new long[][]{{9, 0}, {0, 0}, {0, 0}}).to(META)).shape().toLongArray());
        assertArrayEquals(new long[]{2, 4}, x.indexSelect(0, big).shape().toLongArray());
        assertSame(x, x.indexPut_(new Tensor[]{big}, Torch.ones(4).toDouble().to(META), true));
        // the CPU checks them, with PyTorch's words
        assertEquals("index 7 is out of bounds for dimension 0 with size 3",
                assertThrows(IndexOutOfBoundsException.class, () -> x34().get(tensor(7L, 0L))).getMessage());
        assertEquals("index 9 is out of bounds for dimension 1 with size 4", assertThrows(IllegalArgumentException.class,
                () -> x34().gather(1, tensor(new long[][]{{9, 0}}))).getMessage());
        assertEquals("index out of range in self",
                assertThrows(IndexOutOfBoundsException.class, () -> x34().indexSelect(0, tensor(3L))).getMessage());
    }

    @Test
    void indexTensorsMayStayOnTheCpu() {
        Tensor x = x34().to(META);
        Tensor got = x.get(tensor(2L, 0L));
        assertTrue(got.device().isMeta());
        assertArrayEquals(new long[]{2, 4}, got.shape().toLongArray());
        assertTrue(x.clone().indexPut_(new Tensor[]{tensor(1L)}, tensor(3.0).toDouble(), false).device().isMeta());   // a 0-dim CPU value too
        assertEquals("indices should be either on cpu or on the same device as the indexed tensor (cpu)",
                assertThrows(IllegalArgumentException.class, () -> x34().get(tensor(0L).reshape(1).to(META))).getMessage());
    }

    @Test
    void opsWithoutAMetaKernelOrWithDataDependentSizesFail() {
        Tensor x = x34().to(META);
        assertEquals("Could not run 'aten::take' with arguments from the 'Meta' backend.",
                assertThrows(UnsupportedOperationException.class, () -> x.take(tensor(1L).to(META))).getMessage());
        // a boolean mask becomes its nonzero() indices, whose count is data: PyTorch fails in aten::nonzero
        assertThrows(UnsupportedOperationException.class, () -> x.get(tensor(true, false, true).to(META)));
    }

    @Test
    void joiningMatchesTheCpu() {
        Tensor a = x34(), b = Torch.zeros(2, 4).toFloat(), e = Torch.zeros(0);
        same(in(a, b), t -> Torch.cat(t, 0));
        same(in(a, b, e), t -> Torch.cat(t, 0));
        same(in(a, b), t -> Torch.cat(t, 1));   // sizes differ: the CPU's error
        same(in(a, a), t -> Torch.stack(t, 1));
        same(in(a), t -> t.get(0).split(2, 1));
        same(in(a), t -> t.get(0).chunk(3, 0));
        same(in(a), t -> t.get(0).unbind(1));
        same(in(a), t -> t.get(0).narrow(1, 1, 2));
        // a CPU tensor does not join meta ones (CUDA's rule; PyTorch 1.13's meta cat lets it)
        assertEquals("Expected all tensors to be on the same device, but found at least two devices, meta and cpu!",
                assertThrows(IllegalArgumentException.class, () -> Torch.cat(a.to(META), b)).getMessage());
        // so do the index tensors of gather, scatter and index_select (advanced indexing takes CPU ones)
        Tensor m = a.to(META), cpuIndex = tensor(new long[][]{{0}});
        for (Function<Tensor, Tensor> op : List.<Function<Tensor, Tensor>>of(i -> m.gather(0, i), i -> m.scatter(0, i, 1.0),
                i -> m.indexSelect(0, i.reshape(-1)), i -> m.take(i)))
            assertEquals("Expected all tensors to be on the same device, but found at least two devices, meta and cpu!",
                    assertThrows(IllegalArgumentException.class, () -> op.apply(cpuIndex)).getMessage());
    }

    @Test
    void embeddingMatchesTheCpu() {
        Tensor weight = Torch.arange(12).view(4, 3).toFloat();
        same(in(weight, tensor(new long[][]{{0, 3}, {1, 1}})), t -> F.embedding(t.get(1), t.get(0)));
        same(in(weight, tensor(new long[][]{{0, 3}, {1, 1}}).toInt()), t -> F.embedding(t.get(1), t.get(0)));
        // max_norm renormalises the weight in place first: nothing to scale on meta, and no index check
        same(in(weight, tensor(3L, 1L, 0L)), t -> F.embedding(t.get(1), t.get(0).clone(), null, 1.0, 2.0));
        assertTrue(F.embedding(tensor(3L, 7L).to(META), weight.to(META), null, 1.0, 2.0).device().isMeta());
        assertEquals("select(): index 7 out of range for tensor of size [4, 3] at dimension 0", assertThrows(
                IndexOutOfBoundsException.class, () -> F.embedding(tensor(3L, 7L), weight.clone(), null, 1.0, 2.0)).getMessage());
        Tensor renormed = weight.clone();
        // as in PyTorch, -1 renormalises the last row and only then fails the lookup
        assertThrows(IndexOutOfBoundsException.class, () -> F.embedding(tensor(1L, 1L, -1L), renormed, null, 5.0, 2.0));
        assertEquals(5.0, renormed.get(1L).pow(2.0).sum().sqrt().item(), 1e-5);
        assertEquals(5.0, renormed.get(3L).pow(2.0).sum().sqrt().item(), 1e-5);
        assertTrue(renormed.get(0L).equal(weight.get(0L)));
    }

    @Test
    void backwardOnMetaGivesMetaGradients() {
        List<Function<Tensor, Tensor>> ops = List.of(
                x -> x.get(tensor(2L, 0L, 2L)),
                x -> x.indexSelect(1, tensor(3L, 0L).to(x.device())),
                x -> x.gather(1, tensor(new long[][]{{0, 1}, {3, 3}, {1, 0}}).to(x.device())),
                x -> x.scatter(1, tensor(new long[][]{{0, 1}, {3, 3}, {1, 0}}).to(x.device()), 2.0),
                x -> Torch.cat(x.narrow(0, 1, 2), x.detach()),   // one path into x: no accumulation (pointwise add)
                x -> Torch.stack(x.detach(), x),
                x -> Torch.cat(x.split(1, 0)),
                x -> x.indexPut(new Tensor[]{tensor(1L)}, Torch.ones(4).toDouble().to(x.device()), false),
                x -> F.embedding(tensor(1L, 2L).to(x.device()), x));
        for (Function<Tensor, Tensor> op : ops) {
            Tensor cpu = x34().requiresGrad_(true), meta = x34().to(META).requiresGrad_(true);
            Tensor yc = op.apply(cpu), ym = op.apply(meta);
            assertEquals(yc.gradFn().name(), ym.gradFn().name());
            yc.backward(Torch.onesLike(yc));
            ym.backward(Torch.onesLike(yc).to(META));
            assertNotNull(meta.grad());
            compare(cpu.grad(), meta.grad());
        }
    }
}
