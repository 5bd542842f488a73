package torch4j.utils.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.Generator;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.golden.RngAppsGolden;

/** DataLoader and random_split against real PyTorch 1.13 (golden/rngapps/gen_rngapps.py). */
class DataLoaderGoldenTest {

    private static Generator generator(JsonObject rec) {
        JsonElement gs = rec.get("gen_seed");
        return gs == null || gs.isJsonNull() ? null : new Generator().manualSeed(gs.getAsLong());
    }

    /** Per epoch, the index batches; then the next rand(3) of the global generator (and of g). */
    @TestFactory
    Stream<DynamicTest> loaderMatchesPyTorch() {
        return RngAppsGolden.section("loader").stream().map(rec -> DynamicTest.dynamicTest(
                "n=" + rec.get("n") + " bs=" + rec.get("batch_size") + " shuffle=" + rec.get("shuffle")
                        + " drop_last=" + rec.get("drop_last") + " g=" + rec.get("gen_seed") + " seed=" + rec.get("seed"),
                () -> {
                    Torch.manualSeed(rec.get("seed").getAsLong());
                    int n = rec.get("n").getAsInt();
                    var ds = new TensorDataset(Torch.arange(n), Torch.arange(n).mul(10L));
                    Generator g = generator(rec);
                    var dl = DataLoader.of(ds, rec.get("batch_size").getAsInt(), rec.get("shuffle").getAsBoolean(),
                            rec.get("drop_last").getAsBoolean(), g);
                    assertEquals(rec.get("len").getAsInt(), dl.size());
                    for (JsonElement epoch : rec.getAsJsonArray("epochs")) {
                        List<List<Long>> got = new ArrayList<>();
                        for (Tensor[] batch : dl) {
                            assertEquals(2, batch.length);
                            assertTrue(batch[1].equal(batch[0].mul(10L)), "columns stay aligned");
                            got.add(java.util.Arrays.stream(batch[0].toLongArray()).boxed().toList());
                        }
                        assertEquals(epoch.toString(), got.toString().replace(" ", ""));
                    }
                    assertEquals(rec.get("after").getAsString(), RngAppsGolden.nextRand(), "global stream after the epochs");
                    if (g != null) {
                        assertEquals(rec.get("after_g").getAsString(), RngAppsGolden.bits(Torch.rand(new long[] {3}, g)),
                                "the loader's generator after the epochs");
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> randomSplitMatchesPyTorch() {
        return RngAppsGolden.section("split").stream().map(rec -> DynamicTest.dynamicTest(
                "n=" + rec.get("n") + " lengths=" + rec.get("lengths") + " g=" + rec.get("gen_seed") + " seed=" + rec.get("seed"),
                () -> {
                    Torch.manualSeed(rec.get("seed").getAsLong());
                    int n = rec.get("n").getAsInt();
                    Dataset<Integer> ds = Dataset.of(IntStream.range(0, n).boxed().toList());
                    Generator g = generator(rec);
                    JsonArray lengths = rec.getAsJsonArray("lengths");
                    boolean fractions = lengths.toString().contains(".");
                    List<Subset<Integer>> parts;
                    if (fractions) {
                        double[] f = new double[lengths.size()];
                        for (int i = 0; i < f.length; i++) f[i] = lengths.get(i).getAsDouble();
                        parts = g == null ? DataUtils.randomSplit(ds, f) : DataUtils.randomSplit(ds, f, g);
                    } else {
                        long[] l = RngAppsGolden.longs(lengths);
                        parts = g == null ? DataUtils.randomSplit(ds, l) : DataUtils.randomSplit(ds, l, g);
                    }
                    List<List<Integer>> got = new ArrayList<>();
                    for (Subset<Integer> s : parts) {
                        List<Integer> items = new ArrayList<>();
                        for (int i = 0; i < s.size(); i++) items.add(s.get(i));
                        got.add(items);
                    }
                    assertEquals(rec.get("parts").toString(), got.toString().replace(" ", ""));
                    assertEquals(rec.get("after").getAsString(), RngAppsGolden.nextRand(), "global stream after");
                    if (g != null) {
                        assertEquals(rec.get("after_g").getAsString(), RngAppsGolden.bits(Torch.rand(new long[] {3}, g)));
                    }
                }));
    }

    @Test
    void errorsAsPyTorch() {
        assertEquals(RngAppsGolden.error("tensor_dataset").get("message").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> new TensorDataset(Torch.ones(3), Torch.ones(4))).getMessage());
        Dataset<Integer> five = Dataset.of(List.of(0, 1, 2, 3, 4));
        assertEquals(RngAppsGolden.error("split_sum").get("message").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> DataUtils.randomSplit(five, new long[] {2, 2})).getMessage());
        assertEquals(RngAppsGolden.error("split_frac").get("message").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> DataUtils.randomSplit(five, new double[] {1.5, -0.5})).getMessage());
    }

    @Test
    void collateFunctionAndSubsets() {
        var dl = DataLoader.of(Dataset.of(List.of("a", "b", "c", "d", "e")), 2, false, false, null, items -> String.join("", items));
        List<String> batches = new ArrayList<>();
        dl.forEach(batches::add);
        assertEquals(List.of("ab", "cd", "e"), batches);
        assertEquals(3, dl.size());
        var sub = new Subset<>(Dataset.of(List.of("a", "b", "c")), new int[] {2, 0});
        assertEquals(2, sub.size());
        assertEquals("c", sub.get(0));
        assertArrayEquals(new int[] {2, 0}, sub.indices());
    }
}
