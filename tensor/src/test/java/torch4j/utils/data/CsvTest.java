package torch4j.utils.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.golden.RngAppsGolden;

/**
 * CSV files to tensors: golden/data/points.csv (quoted fields with commas, doubled quotes and line
 * breaks, padded numbers, exponents, 17-digit values, -0.0, a subnormal, a blank line) against
 * Python's csv module and float(), rounded by torch.tensor(..., dtype=torch.float32).
 */
class CsvTest {
    static Path resource(String name) {
        try {
            return Path.of(CsvTest.class.getResource("/golden/data/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void datasetMatchesPython() {
        JsonObject expected = DataGolden.root().getAsJsonObject("csv");
        TensorDataset ds = Csv.dataset(resource("points.csv"), List.of("x1", "x2", "x3"), "label");
        Tensor[] t = ds.tensors();
        assertEquals(List.of((long) expected.get("rows").getAsInt(), 3L), List.of(t[0].size(0), t[0].size(1)));
        assertEquals(DType.FLOAT32, t[0].dtype());
        assertEquals(expected.get("features").getAsString(), RngAppsGolden.bits(t[0]));
        assertEquals(DType.INT64, t[1].dtype());
        assertEquals(expected.get("labels").toString(), java.util.Arrays.toString(t[1].toLongArray()).replace(" ", ""));
        Tensor picked = Csv.tensor(resource("points.csv"), DType.FLOAT64, "x3", "x1");
        assertEquals(expected.get("x3_x1_f64").getAsString(), RngAppsGolden.bits(picked));
    }

    @Test
    void everyOtherColumnIsAFeatureAndFloatLabelsStayFloat() {
        JsonObject expected = DataGolden.root().getAsJsonObject("csv_simple");
        TensorDataset ds = Csv.dataset(resource("simple.csv"), "y");
        assertEquals(expected.get("features").getAsString(), RngAppsGolden.bits(ds.tensors()[0]));
        assertEquals(DType.FLOAT32, ds.tensors()[1].dtype());
        assertEquals(expected.get("labels").getAsString(), RngAppsGolden.bits(ds.tensors()[1]));
        assertEquals(List.of(12L, 3L), List.of(Csv.tensor(resource("simple.csv")).shape().toLongArray()[0], 3L));
    }

    @Test
    void errorsNameTheFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "a,b\n1,2\n3,x\n");
        assertEquals(bad + ":3: column 'b': 'x' is not a number",
                assertThrows(IllegalArgumentException.class, () -> Csv.tensor(bad)).getMessage());
        assertEquals(bad + ": no column 'c' (columns: [a, b])",
                assertThrows(IllegalArgumentException.class, () -> Csv.dataset(bad, "c")).getMessage());
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "a,b\r\n1,2\r\n3\r\n");
        assertEquals(ragged + ":3: 1 fields, but the header has 2",
                assertThrows(IllegalArgumentException.class, () -> Csv.tensor(ragged)).getMessage());
        Path javaOnly = dir.resolve("suffix.csv");
        Files.writeString(javaOnly, "a\n1.5f\n");
        assertThrows(IllegalArgumentException.class, () -> Csv.tensor(javaOnly));
        Path missing = dir.resolve("missing.csv");
        Files.writeString(missing, "a,b\n1,\nNA,inf\n");
        assertEquals("tensor([[1., nan],\n        [nan, inf]])", Csv.tensor(missing).toString());
    }
}
