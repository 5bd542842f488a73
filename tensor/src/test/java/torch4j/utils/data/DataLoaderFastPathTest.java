package torch4j.utils.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import torch4j.DType;
import torch4j.Generator;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * The TensorDataset fast path (one index_select per column) against the per-item path (a row
 * per item, stacked), and which datasets take which path.
 */
class DataLoaderFastPathTest {

    /** The same items, but not a TensorDataset: the loader must fetch and stack them. */
    private static <T> Dataset<T> hidden(Dataset<T> ds) {
        return new Dataset<>() {
            @Override public T get(int i) { return ds.get(i); }
            @Override public int size() { return ds.size(); }
        };
    }

    /** Every batch's columns: values and dtype (as printed), shape, strides and contiguity. */
    private static List<String> epoch(DataLoader<Tensor[]> dl) {
        List<String> out = new ArrayList<>();
        for (Tensor[] b : dl) {
            StringBuilder s = new StringBuilder();
            for (Tensor t : b) {
                s.append(t).append(' ').append(t.shape()).append(' ').append(java.util.Arrays.toString(t.stride()))
                        .append(' ').append(t.isContiguous()).append(' ').append(t.requiresGrad()).append('\n');
            }
            out.add(s.toString());
        }
        return out;
    }

    private static DataLoader<Tensor[]> loader(Dataset<Tensor[]> ds, boolean shuffle, boolean dropLast, int workers) {
        var b = DataLoader.builder(ds).batchSize(7).shuffle(shuffle).dropLast(dropLast).generator(new Generator().manualSeed(5));
        return (workers > 0 ? b.numWorkers(workers) : b).build();
    }

    @Test
    void batchesEqualStackedItemsForEveryDtypeLayoutAndOrder() {
        Torch.manualSeed(0);
        Tensor base = Torch.randn(40, 3, 5).mul(10);
        var td = new TensorDataset(base, Torch.arange(40), base.to(DType.FLOAT64).transpose(1, 2), base.to(DType.INT32),
                base.to(DType.INT16), base.gt(0), Torch.randn(5, 40).t(), Torch.randn(45, 2).narrow(0, 5, 40),
                base.to(DType.UINT8), base.to(DType.INT8), Torch.zeros(40, 0));
        List<Dataset<Tensor[]>> datasets = List.of(td, new Subset<>(td, new int[] {3, 4, 5, 6, 7, 8, 9, 10, 30, 31, 2, 39}),
                new Subset<>(new Subset<>(td, new int[] {39, 38, 1, 2, 3, 4, 5, 6, 7}), new int[] {2, 3, 4, 5, 0}));
        for (Dataset<Tensor[]> ds : datasets) {
            assertTrue(TensorRows.of(ds) != null, "takes the fast path");
            for (boolean shuffle : new boolean[] {false, true}) {
                for (boolean dropLast : new boolean[] {false, true}) {
                    List<String> plain = epoch(loader(hidden(ds), shuffle, dropLast, 0));
                    String label = ds + " shuffle=" + shuffle + " drop_last=" + dropLast;
                    assertEquals(plain, epoch(loader(ds, shuffle, dropLast, 0)), label);
                    assertEquals(plain, epoch(loader(ds, shuffle, dropLast, 2)), label + ", 2 workers");
                }
            }
        }
    }

    @Test
    void inOrderBatchesAreCopiesNotViews() {
        Tensor x = Torch.arange(20).view(10, 2);
        Tensor[] first = DataLoader.of(new TensorDataset(x), 4).iterator().next();
        first[0].fill_(-1L);
        assertEquals(0L, x.get(0, 0).longValue(), "a batch owns its values, as stack's result does");
        assertEquals(-1L, first[0].get(3, 1).longValue());
    }

    @Test
    void shuffledBatchesOwnTheirStorage() {
        Tensor x = Torch.arange(40).view(20, 2);
        var dl = DataLoader.builder(new TensorDataset(x)).batchSize(4).shuffle(true).generator(new Generator().manualSeed(3)).build();
        List<Tensor> batches = new ArrayList<>();
        for (Tensor[] b : dl) batches.add(b[0]);
        for (Tensor b : batches) b.fill_(-1L);
        assertEquals(Torch.arange(40).view(20, 2).toString(), x.toString(), "the dataset is not written through a batch");
        for (int i = 0; i < batches.size(); i++) {
            assertEquals(0, batches.get(i).storageOffset());
            for (int j = 0; j < i; j++) assertTrue(batches.get(i).storage() != batches.get(j).storage(), "batches " + j + " and " + i);
        }
    }

    @Test
    void customDatasetGoesThroughGet() {
        var td = new TensorDataset(Torch.arange(10), Torch.arange(10).mul(10L));
        AtomicInteger calls = new AtomicInteger();
        List<Integer> asked = new ArrayList<>();
        Dataset<Tensor[]> custom = new Dataset<>() {
            @Override public Tensor[] get(int i) {
                calls.incrementAndGet();
                synchronized (asked) {
                    asked.add(i);
                }
                return td.get(i);
            }
            @Override public int size() { return td.size(); }
        };
        assertNull(TensorRows.of(custom));
        assertNull(TensorRows.of(new Subset<>(custom, new int[] {1, 2})), "a Subset of a custom dataset");
        assertEquals(epoch(DataLoader.of(td, 4)), epoch(DataLoader.of(custom, 4)));
        assertEquals(10, calls.get(), "one get per item");
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), asked);
        calls.set(0);
        epoch(DataLoader.builder(custom).batchSize(4).numWorkers(2).build());
        assertEquals(10, calls.get(), "one get per item, in the workers");
        Tensor[] b = DataLoader.builder(td).batchSize(4).collate(items -> items.get(0)).build().iterator().next();
        assertEquals(0, b[0].dim(), "a custom collate gets the items themselves");
    }

    @Test
    void gradAndNegativeIndicesTakeThePlainPath() {
        Tensor w = Torch.randn(6, 2).requiresGrad_();
        Tensor[] b = DataLoader.of(new TensorDataset(w), 3).iterator().next();
        assertEquals("StackBackward0", b[0].gradFn().name(), "stacked rows of a tensor that requires grad, as PyTorch");
        var td = new TensorDataset(Torch.arange(6));
        assertNull(TensorRows.of(new Subset<>(td, new int[] {-1, 0})), "Python-style negative indices: the plain path");
        assertEquals("tensor([5, 0])", DataLoader.of(new Subset<>(td, new int[] {-1, 0}), 2).iterator().next()[0].toString());
    }
}
