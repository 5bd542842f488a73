package torch4j.utils.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ConcatDataset's index rules and errors against PyTorch 1.13 (golden/data/gen_data.py). */
class ConcatDatasetTest {

    private static Dataset<String> part(int d, int n) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) items.add("d" + d + "s" + i);
        return Dataset.of(items);
    }

    @Test
    void indexingMatchesPyTorch() {
        var c = new ConcatDataset<>(part(0, 3), part(1, 0), part(2, 2), part(3, 4));
        JsonObject meta = DataGolden.root().getAsJsonObject("concat_meta");
        assertEquals(meta.get("len").getAsInt(), c.size());
        assertArrayEquals(DataGolden.ints(meta.getAsJsonArray("cumulative_sizes")), c.cumulativeSizes());
        for (JsonObject rec : DataGolden.section("concat")) {
            int index = rec.get("index").getAsInt();
            if (rec.has("value")) {
                assertEquals(rec.get("value").getAsString(), c.get(index), "index " + index);
            } else {
                Class<? extends RuntimeException> type = rec.get("type").getAsString().equals("IndexError")
                        ? IndexOutOfBoundsException.class : IllegalArgumentException.class;
                assertEquals(rec.get("message").getAsString(), assertThrows(type, () -> c.get(index)).getMessage(), "index " + index);
            }
        }
    }

    @Test
    void errors() {
        assertEquals(DataGolden.message("concat_empty"),
                assertThrows(IllegalArgumentException.class, () -> new ConcatDataset<>(List.<Dataset<String>>of())).getMessage());
        IterableDataset<String> stream = () -> List.of("a").iterator();
        assertEquals("ConcatDataset does not support IterableDataset",
                assertThrows(IllegalArgumentException.class, () -> new ConcatDataset<>(part(0, 1), stream)).getMessage());
    }

    @Test
    void loadsThroughADataLoader() {
        var c = new ConcatDataset<>(part(0, 2), part(1, 3));
        List<List<String>> batches = new ArrayList<>();
        DataLoader.builder(c).batchSize(2).batchType(List.class).build().forEach(b -> {
            List<String> strings = new ArrayList<>();
            for (Object o : b) strings.add((String) o);
            batches.add(strings);
        });
        assertEquals(List.of(List.of("d0s0", "d0s1"), List.of("d1s0", "d1s1"), List.of("d1s2")), batches);
    }
}
