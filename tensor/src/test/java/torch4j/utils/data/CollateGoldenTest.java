package torch4j.utils.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.Torch;

/** default_collate against PyTorch 1.13 (golden/data/gen_data.py), Java types standing for Python's. */
class CollateGoldenTest {
    /** Python's namedtuple {@code Point(x, y)}. */
    record Point(Tensor x, Object y) {}

    /** The Java twin of each batch in gen_data.py's COLLATE table. */
    private static List<?> items(String label) {
        return switch (label) {
            case "ints" -> List.of(0, 1, 2, 3);
            case "floats" -> List.of(0.5, 1.25, -3.0);
            case "bools" -> List.of(true, false, true);
            case "strings" -> List.of("a", "b");
            case "dicts" -> List.of(map("A", 0, "B", 1.5), map("A", 100, "B", 2.5));
            case "namedtuples" -> List.of(new Point(Torch.tensor(1.0, 2.0), 3), new Point(Torch.tensor(4.0, 5.0), 6));
            case "tuples" -> List.of(new Object[] {0, 1.5}, new Object[] {2, 3.5});
            case "lists" -> List.of(List.of(0, 1), List.of(2, 3), List.of(4, 5));
            case "tensors_f" -> List.of(Torch.tensor(1.5, 2.0), Torch.tensor(3.0, 4.25));
            case "tensors_i" -> List.of(Torch.tensor(new long[][] {{1, 2}}), Torch.tensor(new long[][] {{3, 4}}));
            case "scalars" -> List.of(Torch.tensor(1.5), Torch.tensor(2.5));
            case "nested" -> List.of(new Object[] {Torch.tensor(new double[] {1.0}), map("a", List.of(1, 2.5), "s", "x")},
                    new Object[] {Torch.tensor(new double[] {2.0}), map("a", List.of(3, 4.5), "s", "y")});
            case "np_f32" -> List.of(new float[] {1.5f, 2f}, new float[] {3f, 4f});
            case "np_f64" -> List.of(new double[][] {{1.5}, {2}}, new double[][] {{3}, {4}});
            case "np_i32" -> List.of(new int[] {1, 2}, new int[] {3, 4});
            case "np_i64" -> List.of(new long[] {1, 2}, new long[] {3, 4});
            case "np_f32_scalars" -> List.of(1.5f, 2.25f);
            default -> throw new IllegalArgumentException(label);
        };
    }

    private static Map<String, Object> map(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    @Test
    void defaultCollateMatchesPyTorch() {
        int checked = 0;
        for (var rec : DataGolden.section("collate")) {
            String label = rec.get("label").getAsString();
            assertEquals(rec.get("batch").toString(), DataGolden.enc(Collate.defaultCollate(items(label))).toString(), label);
            checked++;
        }
        assertEquals(17, checked);
    }

    @Test
    void errorsAsPyTorch() {
        assertEquals(DataGolden.message("collate_ragged"), assertThrows(IllegalArgumentException.class,
                () -> Collate.defaultCollate(List.of(List.of(0, 1), List.of(2)))).getMessage());
        String object = DataGolden.message("collate_object");
        String got = assertThrows(IllegalArgumentException.class, () -> Collate.defaultCollate(List.of(new Object(), new Object()))).getMessage();
        assertEquals(object.substring(0, object.indexOf("found ")) + "found java.lang.Object", got);
        assertEquals(DataGolden.message("collate_stack"), assertThrows(IllegalArgumentException.class,
                () -> Collate.defaultCollate(List.of(Torch.ones(2), Torch.ones(3)))).getMessage());
    }

    /** Batches are typed as items unless told otherwise; where default collation changes the type, the loader says what to do. */
    @Test
    void batchTypes() {
        Dataset<Integer> numbers = Dataset.of(List.of(1, 2, 3));
        var wrong = DataLoader.builder(numbers).batchSize(2).build();
        String message = assertThrows(ClassCastException.class, () -> wrong.iterator().next()).getMessage();
        assertTrue(message.contains(".batchType(Tensor.class)"), message);
        DataLoader<Tensor> typed = DataLoader.builder(numbers).batchSize(2).batchType(Tensor.class).build();
        assertEquals("tensor([1, 2])", typed.iterator().next().toString());
        DataLoader<Tensor> tensors = DataLoader.builder(Dataset.of(List.of(Torch.ones(2), Torch.zeros(2)))).batchSize(2).build();
        assertEquals(List.of(2L, 2L), List.of(tensors.iterator().next().shape().toLongArray()[0], 2L));

        record Sample(Tensor image, int label) {}
        var primitive = DataLoader.builder(Dataset.of(List.of(new Sample(Torch.ones(2), 1), new Sample(Torch.ones(2), 0)))).batchSize(2).build();
        message = assertThrows(IllegalArgumentException.class, () -> primitive.iterator().next()).getMessage();
        assertTrue(message.contains("component label of record Sample is declared int"), message);

        record Boxed(Tensor image, Tensor label) {}
        DataLoader<Boxed> boxed = DataLoader.builder(Dataset.of(List.of(new Boxed(Torch.ones(2), Torch.tensor(1L)),
                new Boxed(Torch.zeros(2), Torch.tensor(0L))))).batchSize(2).build();
        Boxed batch = boxed.iterator().next();
        assertEquals("tensor([1, 0])", batch.label().toString());
        assertEquals(List.of(2L, 2L), List.of(batch.image().shape().toLongArray()[0], batch.image().shape().toLongArray()[1]));
    }
}
