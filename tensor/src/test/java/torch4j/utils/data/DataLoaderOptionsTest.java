package torch4j.utils.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.Torch;

/** The builder's arguments: PyTorch's checks and messages (golden/data/gen_data.py), and what the loader reports. */
class DataLoaderOptionsTest {
    private static final TensorDataset TEN = new TensorDataset(Torch.arange(10));

    /** Named as gen_data.py's Stream, so "object of type 'Stream' has no len()" reads the same. */
    static final class Stream implements IterableDataset<Integer> {
        @Override public Iterator<Integer> iterator() { return List.of(0, 1, 2).iterator(); }
    }

    private static void check(String label, Supplier<?> build) {
        assertEquals(DataGolden.message(label), assertThrows(IllegalArgumentException.class, build::get).getMessage(), label);
    }

    private static BatchSampler twos() {
        return new BatchSampler(new SequentialSampler(TEN), 2, false);
    }

    @Test
    void errorsAsPyTorch() {
        check("dl_workers_neg", () -> DataLoader.builder(TEN).numWorkers(-1).build());
        check("dl_timeout_neg", () -> DataLoader.builder(TEN).timeout(-1).build());
        check("dl_prefetch_no_workers", () -> DataLoader.builder(TEN).prefetchFactor(3).build());
        check("dl_persistent_no_workers", () -> DataLoader.builder(TEN).persistentWorkers(true).build());
        check("dl_iter_shuffle", () -> DataLoader.builder(new Stream()).shuffle(true).build());
        check("dl_sampler_shuffle", () -> DataLoader.builder(TEN).sampler(new SequentialSampler(TEN)).shuffle(true).build());
        check("dl_batch_sampler_bs", () -> DataLoader.builder(TEN).batchSampler(twos()).batchSize(2).build());
        check("dl_batch_sampler_shuffle", () -> DataLoader.builder(TEN).batchSampler(twos()).shuffle(true).build());
        check("dl_batch_sampler_sampler", () -> DataLoader.builder(TEN).batchSampler(twos()).sampler(new SequentialSampler(TEN)).build());
        check("dl_batch_sampler_drop_last", () -> DataLoader.builder(TEN).batchSampler(twos()).dropLast(true).build());
        check("dl_batch_size_0", () -> DataLoader.builder(TEN).batchSize(0).build());
        check("dl_shuffle_empty", () -> DataLoader.builder(new TensorDataset(Torch.arange(0))).shuffle(true).build());
        assertEquals(DataGolden.message("iter_len"),
                assertThrows(UnsupportedOperationException.class, () -> DataLoader.builder(new Stream()).build().size()).getMessage());
        String sampler = assertThrows(IllegalArgumentException.class,
                () -> DataLoader.builder(new Stream()).sampler(new SequentialSampler(TEN)).build()).getMessage();
        assertEquals("DataLoader with IterableDataset: expected unspecified sampler option, but got sampler=SequentialSampler(10)", sampler);
    }

    @Test
    void attributes() {
        DataLoader<Tensor[]> dl = DataLoader.builder(TEN).batchSize(3).shuffle(true).dropLast(true).numWorkers(2).pinMemory(true).build();
        assertEquals(3, dl.size());
        assertEquals(3, dl.batchSize());
        assertEquals(2, dl.numWorkers());
        assertEquals(RandomSampler.class, dl.sampler().getClass());
        assertEquals(BatchSampler.class, dl.batchSampler().getClass());
        assertEquals("DataLoader(batch_size=3, shuffle=true, drop_last=true, num_workers=2)", dl.toString());
        DataLoader<Tensor[]> bySampler = DataLoader.builder(TEN).batchSampler(twos()).build();
        assertNull(bySampler.batchSize());
        assertEquals(5, bySampler.size());
        assertEquals(List.of(0L, 1L), java.util.Arrays.stream(bySampler.iterator().next()[0].toLongArray()).boxed().toList());
        // an iterable dataset that knows its length: len(dataset) / batch_size, rounded as drop_last says
        IterableDataset<Integer> sized = new IterableDataset<>() {
            @Override public Iterator<Integer> iterator() { return List.of(0, 1, 2, 3, 4).iterator(); }
            @Override public int size() { return 5; }
        };
        assertEquals(3, DataLoader.builder(sized).batchSize(2).build().size());
        assertEquals(2, DataLoader.builder(sized).batchSize(2).dropLast(true).build().size());
    }

    @Test
    void customCollate() {
        var dl = DataLoader.builder(Dataset.of(List.of("a", "b", "c", "d", "e"))).batchSize(2).collate(items -> String.join("", items)).build();
        List<String> batches = new java.util.ArrayList<>();
        for (String b : dl) batches.add(b);
        assertEquals(List.of("ab", "cd", "e"), batches);
        var nulls = DataLoader.builder(Dataset.of(List.of(1, 2, 3))).collate(items -> (String) null).build();
        int count = 0;
        for (String b : nulls) {
            assertNull(b);
            count++;
        }
        assertEquals(3, count, "a collate function may return null batches");
    }
}
