package torch4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static torch4j.HugeGolden.G31;
import static torch4j.HugeGolden.G40;
import static torch4j.HugeGolden.cannotAllocate;
import static torch4j.HugeGolden.col;
import static torch4j.Torch.ones;
import static torch4j.Torch.zeros;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 20, item 2: sizes whose product overflows int64 (or whose bytes do) are refused with
 * PyTorch 1.13's messages by every factory and view, and sizes that fit in int64 but not in a
 * Java array (or the heap) fail with PyTorch's allocator text, not a raw JVM exception. Expected
 * text comes from PyTorch (golden/huge/gen_huge.py) where PyTorch itself refuses the size.
 */
class SizeOverflowTest {

    @TestFactory
    Stream<DynamicTest> matchesPyTorch() {
        Map<String, Supplier<Object>> c = new LinkedHashMap<>();
        Map<String, Function<long[], Tensor>> factories = new LinkedHashMap<>();
        factories.put("zeros", Torch::zeros);
        factories.put("ones", Torch::ones);
        factories.put("empty", Torch::empty);
        factories.put("rand", Torch::rand);
        factories.put("randn", Torch::randn);
        factories.forEach((name, f) -> {
            c.put(name + "/2^80", () -> f.apply(new long[]{G40, G40}));
            c.put(name + "/2^62x4", () -> f.apply(new long[]{1L << 62, 4}));
            c.put(name + "/2^40", () -> f.apply(new long[]{G40}));
        });
        c.put("full/2^80", () -> Torch.full(new long[]{G40, G40}, 2.0));
        c.put("full/2^40", () -> Torch.full(new long[]{G40}, 2.0));
        c.put("randint/2^80", () -> Torch.randint(0, 5, G40, G40));
        c.put("randint/2^40", () -> Torch.randint(0, 5, G40));
        c.put("zeros/2^61", () -> zeros(1L << 61));
        c.put("zeros/0_first", () -> zeros(0, G40, G40).shape());
        c.put("zeros/0_last", () -> zeros(G40, G40, 0));
        c.put("zeros/bool_2^62", () -> zeros(new long[]{1L << 62}, DType.BOOL));
        c.put("zeros/float64_2^40", () -> zeros(new long[]{G40}, DType.FLOAT64));
        c.put("zeros/int64_2^62x2", () -> zeros(new long[]{1L << 62, 2}, DType.INT64));
        c.put("arange/1e19", () -> Torch.arange(0, 1e19));
        c.put("arange/1e30_float64", () -> Torch.arange(0, 1e30, 1, DType.FLOAT64));
        c.put("arange/2^62", () -> Torch.arange(0, 1L << 62));
        c.put("arange/2^62_float", () -> Torch.arange(0., (double) (1L << 62)));
        c.put("arange/2^63_float", () -> Torch.arange(0., 0x1p63));
        c.put("arange/span_2^63", () -> Torch.arange(-(1L << 62), 1L << 62));
        c.put("arange/span_2^64", () -> Torch.arange(Long.MIN_VALUE, Long.MAX_VALUE));
        c.put("arange/step_span", () -> Torch.arange(Long.MAX_VALUE - 9, Long.MIN_VALUE + 10, -(1L << 62)));
        c.put("arange/2^40", () -> Torch.arange(0, G40));
        c.put("linspace/2^62", () -> Torch.linspace(0, 1, 1L << 62));
        c.put("linspace/2^40", () -> Torch.linspace(0, 1, G40));
        c.put("eye/2^32", () -> Torch.eye(1L << 32));
        c.put("eye/2^40x2^40", () -> Torch.eye(G40, G40));
        c.put("eye/2^20", () -> Torch.eye(1L << 20));
        c.put("randperm/2^40", () -> Torch.randperm(G40));
        Supplier<Tensor> huge = () -> ones(1, 1).expand(G31, G31);
        c.put("zeros_like/2^62", () -> Torch.zerosLike(huge.get()));
        c.put("ones_like/2^62", () -> Torch.onesLike(huge.get()));
        c.put("empty_like/2^62", () -> Torch.emptyLike(huge.get()));
        c.put("rand_like/2^62", () -> Torch.randLike(huge.get()));
        c.put("randn_like/2^62", () -> Torch.randnLike(huge.get()));
        c.put("full_like/2^62", () -> Torch.fullLike(huge.get(), 3.0));
        c.put("zeros_like/2^40", () -> Torch.zerosLike(ones(1, 1).expand(1L << 20, 1L << 20)));
        c.put("expand/2^80", () -> ones(1, 1).expand(G40, G40));
        c.put("expand/2^63", () -> ones(1, 1).expand(1L << 62, 2));
        c.put("expand/2^63-1", () -> ones(1).expand(Long.MAX_VALUE).shape());
        c.put("expand/0_first", () -> ones(1, 1, 1).expand(0, G40, G40).shape());
        c.put("expand/0_last", () -> ones(1, 1, 1).expand(G40, G40, 0));
        c.put("expand_as/2^80", () -> ones(1, 1).expandAs(ones(1, 1).expand(G40, 1).t()).shape());
        c.put("unsqueeze/2^62", () -> huge.get().unsqueeze(0).shape());
        c.put("view/2^64", () -> ones(1).view(1L << 62, 4));
        c.put("reshape/2^64", () -> ones(1).reshape(1L << 62, 4));
        c.put("view/empty_2^64", () -> zeros(0).view(1L << 32, 1L << 32));
        c.put("view/empty_0", () -> zeros(0).view(1L << 32, 1L << 32, 0));
        c.put("reshape/empty_2^64", () -> zeros(0).reshape(1L << 32, 1L << 32));
        c.put("resize_/2^64", () -> zeros(1).resize_(1L << 32, 1L << 32));
        c.put("resize_/2^62", () -> zeros(1).resize_(G31, G31));
        c.put("resize_/2^40", () -> zeros(1).resize_(G40));
        return HugeGolden.replay(c);
    }

    /**
     * Sizes PyTorch would allocate on this machine (it has the memory, or overcommits) but a Java
     * array cannot hold: the allocator's message with the bytes PyTorch would have asked for.
     */
    @Test
    void pastTheJavaArrayLimit() {
        long justOver = Integer.MAX_VALUE - 7;   // one element past the largest Java array
        fails(4 * G31, () -> zeros(G31));
        fails(justOver, () -> zeros(new long[]{justOver}, DType.BOOL));
        fails(justOver, () -> Torch.full(new long[]{justOver}, 1L, DType.UINT8));
        fails(8 * G31, () -> Torch.arange(0, G31));
        fails(4 * G31, () -> Torch.arange(0., (double) G31));
        fails(4 * G31, () -> Torch.linspace(0, 1, G31));
        fails(8 * G31, () -> Torch.randperm(G31));
        fails(4 * (1L << 32), () -> Torch.eye(1L << 16));
        fails(4 * (1L << 32), () -> Torch.randn(1L << 16, 1L << 16));
        fails(4 * G31, () -> ones(1).expand(G31).contiguous());
        fails(4 * G31, () -> Torch.zerosLike(ones(1).expand(G31)));
        fails(8 * G31, () -> ones(1).expand(G31).toDouble());
        fails(4 * 3 * G31, () -> col(G31, 0., 5., 1.).reshape(-1));
        fails(4 * G31, () -> zeros(1).resize_(G31));
        fails(8 * 3 * G31, () -> col(G31, 0., 5., 1.).toDoubleArray());
    }

    /** A size that fits in a Java array but not in the heap: the same message, not an OutOfMemoryError. */
    @Test
    void pastTheHeap() {
        long n = Integer.MAX_VALUE - 8;   // the largest Java array: 16 GiB of doubles
        assumeTrue(Runtime.getRuntime().maxMemory() < 8 * n, "the heap could hold it");
        fails(8 * n, () -> zeros(new long[]{n}, DType.FLOAT64));
        fails(8 * n, () -> Torch.arange(0, n));
    }

    private static void fails(long bytes, Executable call) {
        HugeGolden.assertFailsWith("RuntimeError", cannotAllocate(bytes), call);
    }

    /** Sizes that fit are untouched: the check only refuses what cannot be made. */
    @Test
    void ordinarySizesStillWork() {
        assertEquals("tensor([[0., 0.]])", zeros(1, 2).toString());
        assertEquals("torch.Size([0, 1099511627776, 1099511627776])", zeros(0, G40, G40).shape().toString());
        assertEquals("tensor([], size=(0, 1099511627776, 1099511627776))", zeros(0, G40, G40).toString());
        assertEquals("torch.Size([9223372036854775807])", ones(1).expand(Long.MAX_VALUE).shape().toString());
        assertEquals(Long.MAX_VALUE, ones(1).expand(Long.MAX_VALUE).numel());
        assertEquals(0, ((float[][]) zeros(0, G40).toArray()).length);                  // tolist(): []
        assertEquals(0, ((float[][][]) zeros(2, 0, G40).toArray())[1].length);         // [[], []]
    }
}
