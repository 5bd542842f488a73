package torch4j.utils.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.golden.RngAppsGolden;

/** The Tablesaw bridge, and that torch4j runs without Tablesaw on the class path. */
class TableDataTest {

    @Test
    void tableToTensorAndBack() {
        Table t = Table.create("t", DoubleColumn.create("x", 1.5, 2.5, 3.5), IntColumn.create("y", 3, 4, 5),
                BooleanColumn.create("b", true, false, true), StringColumn.create("s", "p", "q", "r"));
        assertEquals("tensor([[1.5000, 3.0000],\n        [2.5000, 4.0000],\n        [3.5000, 5.0000]])",
                TableData.toTensor(t, "x", "y").toString());
        assertEquals("tensor([3, 4, 5])", TableData.column(t, "y").toString());
        assertEquals("tensor([1, 0, 1])", TableData.column(t, "b").toString());
        assertEquals("tensor([1.5000, 2.5000, 3.5000])", TableData.column(t, "x").toString());
        assertEquals("column 's' is STRING, not numeric",
                assertThrows(IllegalArgumentException.class, () -> TableData.toTensor(t)).getMessage());
        assertEquals("no column 'z' in table t (columns: [x, y, b, s])",
                assertThrows(IllegalArgumentException.class, () -> TableData.toTensor(t, "z")).getMessage());

        TensorDataset ds = TableData.toDataset(t, List.of("x", "b"), "y");
        assertEquals("tensor([2.5000, 0.0000])", ds.get(1)[0].toString());
        assertEquals("tensor(4)", ds.get(1)[1].toString());

        Torch.manualSeed(0);
        Tensor x = Torch.randn(4, 3);
        Table back = TableData.toTable(x);
        assertEquals(List.of("0", "1", "2"), back.columnNames());
        assertTrue(TableData.toTensor(back).equal(x), "float32 round trip");
        Tensor ints = Torch.tensor(new long[][] {{1, 2}, {3, 4}});
        assertTrue(TableData.toTensor(TableData.toTable(ints, "a", "b"), DType.INT64).equal(ints));
        assertEquals(List.of("v"), TableData.toTable(Torch.arange(3), "v").columnNames());
    }

    @Test
    void missingValues() {
        DoubleColumn d = DoubleColumn.create("d", 1.0, 2.0);
        d.setMissing(1);
        IntColumn i = IntColumn.create("i", 1, 2);
        i.setMissing(0);
        Table t = Table.create("m", d, i);
        assertEquals("tensor([[1., nan],\n        [nan, 2.]])", TableData.toTensor(t).toString());
        assertEquals("column 'i' has a missing value at row 0",
                assertThrows(IllegalArgumentException.class, () -> TableData.column(t, "i")).getMessage());
    }

    @Test
    void tablesawCsvGivesCsvsTensors() throws IOException {
        Table t = Table.read().csv(CsvTest.resource("simple.csv").toFile());
        TensorDataset viaTable = TableData.toDataset(t, "y");
        TensorDataset viaCsv = Csv.dataset(CsvTest.resource("simple.csv"), "y");
        assertEquals(RngAppsGolden.bits(viaCsv.tensors()[0]), RngAppsGolden.bits(viaTable.tensors()[0]));
        assertEquals(RngAppsGolden.bits(viaCsv.tensors()[1]), RngAppsGolden.bits(viaTable.tensors()[1]));
    }

    /** Only the bridge names Tablesaw, so nothing else loads its classes. */
    @Test
    void onlyTheBridgeRefersToTablesaw() throws IOException {
        Path main = Path.of("src/main/java");
        List<Path> users = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(f).contains("tech.tablesaw")) users.add(main.relativize(f));
            }
        }
        assertEquals(List.of(Path.of("torch4j/utils/data/TableData.java")), users);
    }

    /** With Tablesaw missing from the class path, a CSV still becomes a dataset and a loader runs. */
    @Test
    void runsWithoutTablesaw() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.contains("tablesaw")) urls.add(Path.of(entry).toUri().toURL());
        }
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> isolated.loadClass("tech.tablesaw.api.Table"));
            Class<?> probe = isolated.loadClass(WithoutTablesaw.class.getName());
            Object batches = probe.getMethod("batches", Path.class).invoke(null, CsvTest.resource("simple.csv"));
            assertEquals(3, batches);
        }
    }

    /** Runs in the isolated class loader. */
    public static final class WithoutTablesaw {
        public static int batches(Path csv) {
            int n = 0;
            for (Tensor[] b : DataLoader.builder(Csv.dataset(csv, "y")).batchSize(5).shuffle(true).numWorkers(2).build()) n += b.length > 0 ? 1 : 0;
            return n;
        }
    }
}
