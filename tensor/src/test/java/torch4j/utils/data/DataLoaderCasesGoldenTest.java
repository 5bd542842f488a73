package torch4j.utils.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import torch4j.Generator;
import torch4j.Torch;

/**
 * DataLoader against PyTorch 1.13 (golden/data/gen_data.py): shuffling with and without a
 * generator, samplers and batch samplers, dropLast, iterable datasets, and num_workers 2 and 3
 * (random transforms in workers, worker info and seeds, worker_init_fn, persistent workers, an
 * error in a worker); per epoch the batches, then the state of every generator involved.
 */
class DataLoaderCasesGoldenTest {

    @TestFactory
    Stream<DynamicTest> loaderMatchesPyTorch() {
        return DataGolden.section("loader").stream().map(rec -> DynamicTest.dynamicTest(
                rec.get("dataset") + " " + rec.get("options") + " sampler=" + rec.get("sampler") + " batch_sampler="
                        + rec.get("batch_sampler") + " seed=" + rec.get("seed"),
                () -> {
                    Torch.manualSeed(rec.get("seed").getAsLong());
                    JsonObject spec = rec.getAsJsonObject("dataset");
                    JsonObject opts = rec.getAsJsonObject("options");
                    int n = spec.get("n").getAsInt();
                    @SuppressWarnings("unchecked") Dataset<Object> dataset = (Dataset<Object>) DataGolden.dataset(spec);
                    Generator g = DataGolden.generator(opts, "gen_seed");
                    var b = DataLoader.builder(dataset).batchType(Object.class).generator(g);
                    Generator samplerGen = null;
                    if (DataGolden.present(rec, "sampler")) {
                        DataGolden.Made made = DataGolden.sampler(rec.getAsJsonObject("sampler"), n);
                        @SuppressWarnings("unchecked") Sampler<Integer> s = (Sampler<Integer>) made.sampler();
                        b.sampler(s);
                        samplerGen = made.generator();
                    }
                    if (DataGolden.present(rec, "batch_sampler")) {
                        DataGolden.Made made = DataGolden.sampler(rec.getAsJsonObject("batch_sampler"), n);
                        @SuppressWarnings("unchecked") Sampler<List<Integer>> s = (Sampler<List<Integer>>) made.sampler();
                        b.batchSampler(s);
                        samplerGen = made.generator();
                    } else {
                        b.batchSize(opts.has("batch_size") ? opts.get("batch_size").getAsInt() : 1);
                        if (opts.has("drop_last")) b.dropLast(opts.get("drop_last").getAsBoolean());
                        if (opts.has("shuffle")) b.shuffle(opts.get("shuffle").getAsBoolean());
                    }
                    int workers = opts.has("num_workers") ? opts.get("num_workers").getAsInt() : 0;
                    if (workers > 0) {
                        b.numWorkers(workers);
                        if (opts.has("prefetch_factor")) b.prefetchFactor(opts.get("prefetch_factor").getAsInt());
                        if (opts.has("persistent")) b.persistentWorkers(opts.get("persistent").getAsBoolean());
                        if (opts.has("init")) b.workerInitFn(id -> Torch.manualSeed(1000 + id));
                    }
                    DataLoader<Object> dl = b.build();
                    if (DataGolden.present(rec, "len")) assertEquals(rec.get("len").getAsInt(), dl.size());
                    else assertThrows(UnsupportedOperationException.class, dl::size);
                    int e = 0;
                    for (JsonElement epoch : rec.getAsJsonArray("epochs")) {
                        JsonArray got = new JsonArray();
                        for (Object batch : dl) got.add(DataGolden.enc(batch));
                        assertEquals(epoch.toString(), got.toString(), "epoch " + e++);
                    }
                    assertEquals(rec.get("after").getAsString(), DataGolden.after(null), "global generator after");
                    if (g != null) assertEquals(rec.get("after_g").getAsString(), DataGolden.after(g), "loader's generator after");
                    if (samplerGen != null) assertEquals(rec.get("after_sg").getAsString(), DataGolden.after(samplerGen), "sampler's generator after");
                }));
    }

    /** Batches until the end, an error in the middle: rethrown with the worker's id, and the epoch goes on. */
    @Test
    void errorInWorkerAsPyTorch() {
        Dataset<torch4j.Tensor> failing = new Dataset<>() {
            @Override public torch4j.Tensor get(int i) {
                if (i == 5) throw new IllegalArgumentException("boom at 5");
                return Torch.tensor((long) i);
            }
            @Override public int size() { return 8; }
        };
        for (int workers : new int[] {0, 2}) {
            Torch.manualSeed(0);
            var it = DataLoader.builder(failing).batchSize(2).numWorkers(workers).build().iterator();
            JsonArray events = new JsonArray();
            for (int k = 0; k < 10; k++) {
                try {
                    if (!it.hasNext()) {
                        events.add("stop");
                        break;
                    }
                    events.add(DataGolden.enc(it.next()));
                } catch (IllegalArgumentException ex) {
                    JsonObject o = new JsonObject();
                    o.addProperty("error", "ValueError");
                    o.addProperty("message", ex.getMessage().split("\n")[0].replace("IllegalArgumentException", "ValueError"));
                    events.add(o);
                    if (workers > 0) {
                        assertEquals(IllegalArgumentException.class, ex.getCause().getClass(), "the original is the cause");
                        assertEquals("boom at 5", ex.getCause().getMessage());
                    }
                }
            }
            assertEquals(DataGolden.error("worker_error_" + workers).get("events").toString(), events.toString());
        }
    }
}
