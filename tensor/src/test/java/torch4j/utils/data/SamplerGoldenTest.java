package torch4j.utils.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.Torch;

/** Samplers against PyTorch 1.13: two passes each, then the global generator and the sampler's (golden/data/gen_data.py). */
class SamplerGoldenTest {

    @TestFactory
    Stream<DynamicTest> samplersMatchPyTorch() {
        return DataGolden.section("samplers").stream().map(rec -> DynamicTest.dynamicTest(
                rec.get("spec") + " seed=" + rec.get("seed"), () -> {
                    Torch.manualSeed(rec.get("seed").getAsLong());
                    DataGolden.Made made = DataGolden.sampler(rec.getAsJsonObject("spec"), rec.get("n").getAsInt());
                    assertEquals(rec.get("len").getAsInt(), made.sampler().size());
                    List<List<Object>> passes = new ArrayList<>();
                    for (int p = 0; p < 2; p++) {
                        List<Object> pass = new ArrayList<>();
                        for (Object i : made.sampler()) pass.add(i);
                        passes.add(pass);
                    }
                    assertEquals(rec.get("passes").toString(), passes.toString().replace(" ", ""));
                    assertEquals(rec.get("after").getAsString(), DataGolden.after(null), "global generator after");
                    if (made.generator() != null) {
                        assertEquals(rec.get("after_g").getAsString(), DataGolden.after(made.generator()), "sampler's generator after");
                    }
                }));
    }

    @Test
    void errorsAsPyTorch() {
        Dataset<Integer> ten = Dataset.of(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        assertEquals(DataGolden.message("random_sampler_n0"),
                assertThrows(IllegalArgumentException.class, () -> new RandomSampler(ten, false, 0, null)).getMessage());
        assertEquals(DataGolden.message("weighted_n0"),
                assertThrows(IllegalArgumentException.class, () -> new WeightedRandomSampler(new double[] {1, 2}, 0)).getMessage());
        assertEquals(DataGolden.message("weighted_2d"), assertThrows(IllegalArgumentException.class,
                () -> new WeightedRandomSampler(Torch.ones(2, 2), 2, true, null)).getMessage());
        assertEquals(DataGolden.message("dl_batch_size_0"),
                assertThrows(IllegalArgumentException.class, () -> new BatchSampler(new SequentialSampler(ten), 0, false)).getMessage());
    }

    /** Draws happen when PyTorch's generator functions run: nothing at iterator(), the seed at the first index. */
    @Test
    void drawsAreLazy() {
        Dataset<Integer> ten = Dataset.of(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        Torch.manualSeed(5);
        String untouched = DataGolden.after(null);
        Torch.manualSeed(5);
        var it = new RandomSampler(ten).iterator();
        var w = new WeightedRandomSampler(new double[] {1, 2, 3}, 4).iterator();
        var s = new SubsetRandomSampler(new int[] {1, 2}).iterator();
        assertEquals(untouched, DataGolden.after(null), "creating iterators draws nothing");
        Torch.manualSeed(5);
        it = new RandomSampler(ten).iterator();
        it.hasNext();
        assertEquals(untouched.equals(DataGolden.after(null)), false, "the first index draws the pass's seed");
    }
}
