package torch4j.utils.data;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * The Tablesaw bridge: a {@link Table} (or some of its columns) to a tensor and back, and to a
 * {@link TensorDataset} of feature columns and a label column, as pandas users write
 * {@code torch.tensor(df[cols].values, dtype=torch.float32)}. Tablesaw is an optional
 * dependency: only this class refers to it, so the rest of torch4j runs without it (add
 * {@code tech.tablesaw:tablesaw-core} to use this class; {@link Csv} reads numeric CSV files
 * without it).
 *
 * <p>Numeric and boolean columns can be read (booleans as 1 and 0); a missing value is NaN in a
 * float tensor and an error in an integer one.
 *
 * <pre>{@code
 * jshell> var t = Table.read().csv("iris.csv");
 * jshell> var ds = TableData.toDataset(t, List.of("sepal_length", "sepal_width"), "label");
 * jshell> TableData.toTable(randn(3, 2), "a", "b")
 * }</pre>
 */
public final class TableData {
    private TableData() {}

    /** Every column, which must all be numeric (or boolean), as float32 {@code [rows, columns]}. */
    public static Tensor toTensor(Table table) {
        return toTensor(table, DType.FLOAT32, table.columnNames().toArray(String[]::new));
    }

    /**
     * The named columns, in this order, as float32 {@code [rows, columns]}.
     *
     * <pre>{@code
     * jshell> TableData.toTensor(Table.create(DoubleColumn.create("x", 1, 2), IntColumn.create("y", 3, 4)), "x", "y")
     * $1 ==> tensor([[1., 3.],
     *                [2., 4.]])
     * }</pre>
     */
    public static Tensor toTensor(Table table, String... columns) {
        return toTensor(table, DType.FLOAT32, columns);
    }

    /** The named columns (all when none are named) as {@code [rows, columns]} of {@code dtype}. */
    public static Tensor toTensor(Table table, DType dtype, String... columns) {
        List<String> names = columns.length == 0 ? table.columnNames() : List.of(columns);
        int rows = table.rowCount(), cols = names.size();
        double[] values = new double[rows * cols];
        for (int c = 0; c < cols; c++) {
            Column<?> column = find(table, names.get(c));
            for (int r = 0; r < rows; r++) values[r * cols + c] = number(column, r);
        }
        if (!dtype.isFloatingPoint()) {
            for (int i = 0; i < values.length; i++) {
                if (Double.isNaN(values[i])) {
                    throw new IllegalArgumentException("column '" + names.get(i % cols) + "' has a missing value at row " + i / cols
                            + ", which " + dtype + " cannot hold");
                }
            }
        }
        return Torch.tensor(values, DType.FLOAT64).to(dtype).reshape(rows, cols);
    }

    /**
     * One column as a 1-D tensor: int64 for integer and boolean columns (class labels), float32
     * for float and double columns.
     *
     * <pre>{@code
     * jshell> TableData.column(Table.create(IntColumn.create("label", 0, 2, 1)), "label")
     * $1 ==> tensor([0, 2, 1])
     * }</pre>
     */
    public static Tensor column(Table table, String name) {
        Column<?> column = find(table, name);
        boolean integral = column instanceof IntColumn || column instanceof LongColumn || column instanceof ShortColumn
                || column instanceof BooleanColumn;
        if (!integral) return toTensor(table, DType.FLOAT32, name).reshape(-1);
        long[] values = new long[table.rowCount()];
        for (int r = 0; r < values.length; r++) {
            if (column.isMissing(r)) throw new IllegalArgumentException("column '" + name + "' has a missing value at row " + r);
            values[r] = column instanceof LongColumn l ? l.getLong(r) : (long) number(column, r);
        }
        return Torch.tensor(values);
    }

    /**
     * A dataset of every column but {@code label} as float32 features and the label column as
     * {@link #column(Table, String)} reads it.
     */
    public static TensorDataset toDataset(Table table, String label) {
        List<String> features = new ArrayList<>(table.columnNames());
        if (!features.remove(label)) find(table, label); // the missing label's error
        return toDataset(table, features, label);
    }

    /**
     * A dataset of the given feature columns (float32, in this order) and the label column.
     *
     * <pre>{@code
     * jshell> var ds = TableData.toDataset(table, List.of("x1", "x2"), "y");
     * jshell> var dl = DataLoader.builder(ds).batchSize(32).shuffle(true).build();
     * }</pre>
     */
    public static TensorDataset toDataset(Table table, List<String> features, String label) {
        return new TensorDataset(toTensor(table, DType.FLOAT32, features.toArray(String[]::new)), column(table, label));
    }

    /**
     * A tensor as a table: a 1-D tensor is one column, a 2-D tensor one column per tensor column,
     * named by {@code names} (default "0", "1", ... as pandas names a DataFrame's), typed by the
     * dtype (float32 → FloatColumn, float64 → DoubleColumn, int64 → LongColumn, other integers →
     * IntColumn, bool → BooleanColumn).
     *
     * <pre>{@code
     * jshell> TableData.toTable(tensor(new long[][] {{1, 2}, {3, 4}}), "a", "b").columnNames()
     * $1 ==> [a, b]
     * }</pre>
     */
    public static Table toTable(Tensor tensor, String... names) {
        if (tensor.dim() < 1 || tensor.dim() > 2) {
            throw new IllegalArgumentException("toTable expects a 1-D or 2-D tensor, got " + tensor.dim() + "-D");
        }
        Tensor t = tensor.dim() == 1 ? tensor.reshape(-1, 1) : tensor;
        int cols = (int) t.size(1);
        if (names.length != 0 && names.length != cols) {
            throw new IllegalArgumentException(names.length + " column names for " + cols + " columns");
        }
        List<Column<?>> columns = new ArrayList<>(cols);
        for (int c = 0; c < cols; c++) {
            String name = names.length == 0 ? Integer.toString(c) : names[c];
            Tensor col = t.select(1, c).contiguous();
            columns.add(switch (t.dtype()) {
                case FLOAT32 -> FloatColumn.create(name, col.toFloatArray());
                case FLOAT64 -> DoubleColumn.create(name, col.toDoubleArray());
                case INT64 -> LongColumn.create(name, col.toLongArray());
                case BOOL -> {
                    long[] v = col.toLongArray();
                    boolean[] b = new boolean[v.length];
                    for (int i = 0; i < v.length; i++) b[i] = v[i] != 0;
                    yield BooleanColumn.create(name, b);
                }
                default -> IntColumn.create(name, java.util.Arrays.stream(col.toLongArray()).mapToInt(Math::toIntExact).toArray());
            });
        }
        return Table.create("tensor", columns);
    }

    private static Column<?> find(Table table, String name) {
        if (!table.columnNames().contains(name)) {
            throw new IllegalArgumentException("no column '" + name + "' in table " + table.name() + " (columns: " + table.columnNames() + ")");
        }
        return table.column(name);
    }

    private static double number(Column<?> column, int row) {
        if (column instanceof NumericColumn<?> n) return column.isMissing(row) ? Double.NaN : n.getDouble(row);
        if (column instanceof BooleanColumn b) return b.isMissing(row) ? Double.NaN : b.get(row) ? 1 : 0;
        throw new IllegalArgumentException("column '" + column.name() + "' is " + column.type().name() + ", not numeric");
    }
}
