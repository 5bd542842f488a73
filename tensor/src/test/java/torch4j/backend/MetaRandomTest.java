package torch4j.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.DType;
import torch4j.Device;
import torch4j.Generator;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.functional.F;

/**
 * Random fills on meta tensors, as PyTorch 1.13's: the output's shape, dtype and strides as on
 * the CPU, nothing drawn, and the generator left where it was
 * ({@code torch.manual_seed(0); torch.randn(3, device='meta'); torch.randn(2)} equals
 * {@code torch.manual_seed(0); torch.randn(2)}); multinomial has no meta kernel.
 */
class MetaRandomTest {
    /** Each fill, on a (3, 4) float32 input (contiguous, and transposed below). */
    private static Map<String, Function<Tensor, Tensor>> fills() {
        Map<String, Function<Tensor, Tensor>> m = new LinkedHashMap<>();
        m.put("normal_", Tensor::normal_);
        m.put("normal_(2,3)", x -> x.normal_(2, 3));
        m.put("uniform_", Tensor::uniform_);
        m.put("uniform_(-1,5)", x -> x.uniform_(-1, 5));
        m.put("random_", Tensor::random_);
        m.put("random_(2,9)", x -> x.random_(2, 9));
        m.put("exponential_", x -> x.exponential_(2));
        m.put("bernoulli_(0.3)", x -> x.bernoulli_(0.3));
        m.put("bernoulli_(P)", x -> x.bernoulli_(Torch.full(new long[]{x.size(-1)}, 0.5).to(x.device())));
        m.put("bernoulli(P)", x -> Torch.bernoulli(x));   // x holds probabilities: rand(3, 4)
        m.put("bernoulli(x, 0.4)", x -> Torch.bernoulli(x, 0.4));
        m.put("randLike", Torch::randLike);
        m.put("randnLike", Torch::randnLike);
        return m;
    }

    @TestFactory
    Stream<DynamicTest> fillsDrawNothingOnMeta() {
        Stream.Builder<DynamicTest> tests = Stream.builder();
        Tensor base = Torch.rand(3, 4);
        for (Tensor x : new Tensor[]{base, base.t()})
            fills().forEach((name, fill) -> tests.add(DynamicTest.dynamicTest(name + " " + java.util.Arrays.toString(x.stride()),
                    () -> assertFillOnMeta(fill, x))));
        return tests.build();
    }

    private static void assertFillOnMeta(Function<Tensor, Tensor> fill, Tensor x) {
        Tensor cpu = fill.apply(x.clone());
        Torch.manualSeed(7);
        Tensor expected = Torch.randn(5);
        Torch.manualSeed(7);
        Tensor meta = fill.apply(x.to("meta"));
        assertTrue(Torch.randn(5).equal(expected), "the generator moved");
        MetaReductionsTest.assertSameMeta(cpu, meta);
    }

    /** PyTorch: {@code manual_seed(0); randn(3, device='meta'); randn(2)} equals {@code manual_seed(0); randn(2)}. */
    @Test
    void factoriesOnMetaLeaveTheStream() {
        Torch.manualSeed(0);
        Tensor expected = Torch.randn(2);
        Torch.manualSeed(0);
        Tensor m = Torch.randn(new long[]{3}, Device.META);
        Torch.rand(new long[]{4, 5}, Device.META);
        Torch.randint(0, 7, new long[]{6}, Device.META);
        assertEquals(Device.META, m.device());
        assertTrue(Torch.randn(2).equal(expected));
    }

    @Test
    void explicitGeneratorUntouched() {
        Generator g = new Generator().manualSeed(3);
        Torch.empty(10).to("meta").normal_(0, 1, g);
        Torch.empty(10).to("meta").uniform_(0, 1, g);
        Tensor after = Torch.empty(4).normal_(0, 1, g);
        Tensor fresh = Torch.empty(4).normal_(0, 1, new Generator().manualSeed(3));
        assertTrue(after.equal(fresh));
    }

    @Test
    void argumentErrorsAsOnCpu() {
        MetaReductionsTest.assertSameOutcome(x -> x.uniform_(2, 1), Torch.empty(3));
        MetaReductionsTest.assertSameOutcome(x -> x.normal_(0, -1), Torch.empty(3));
        MetaReductionsTest.assertSameOutcome(x -> x.exponential_(-1), Torch.empty(3));
        MetaReductionsTest.assertSameOutcome(x -> x.normal_(), Torch.empty(3).to(DType.INT64));
        MetaReductionsTest.assertSameOutcome(x -> x.expand(2, 3).normal_(), Torch.empty(3));
    }

    /** PyTorch 1.13 registers no meta kernel for multinomial: it fails even where the CPU would draw. */
    @Test
    void multinomialHasNoMetaKernel() {
        Tensor p = Torch.rand(2, 5).to("meta");
        for (boolean replacement : new boolean[]{false, true}) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> Torch.multinomial(p, 3, replacement));
            assertEquals("Could not run 'aten::multinomial' with arguments from the 'Meta' backend.", e.getMessage());
        }
        assertThrows(UnsupportedOperationException.class, () -> Torch.multinomial(Torch.rand(0, 5).to("meta"), 3));
    }

    /** Composites that also run pointwise ops on meta: dropout and dropout2d (x * mask), torch.normal with tensors (mul_, add_). */
    @Test
    void compositesOnMeta() {
        assumeTrue(MetaReductionsTest.pointwiseOnMeta(), "pointwise and indexing ops do not run on meta yet");
        Map<String, Function<Tensor, Tensor>> m = new LinkedHashMap<>();
        m.put("dropout", x -> F.dropout(x, 0.3, true));
        m.put("normal(mean, std)", x -> Torch.normal(x, x.abs()));
        m.put("normal(mean, 2)", x -> Torch.normal(x, 2.0));
        m.put("normal(1, std)", x -> Torch.normal(1.0, x.abs()));
        Tensor x = Torch.randn(3, 4);
        m.forEach((name, f) -> assertFillOnMeta(f, x));
        assertFillOnMeta(x4 -> F.dropout2d(x4, 0.5, true), Torch.randn(2, 3, 2, 2));   // one draw per channel
    }
}
