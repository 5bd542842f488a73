package torch4j.utils.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * Numeric CSV files to tensors and datasets, without Tablesaw: the lesson template's "feature
 * columns plus a label column" in one call. The first row names the columns; fields are
 * comma-separated with RFC 4180 quoting (a quoted field may hold commas, doubled quotes and line
 * breaks); columns that are not read may hold anything. Numbers are parsed as Python's
 * {@code float()} parses them (correctly rounded), then rounded to the tensor's dtype, so the
 * values are those of {@code torch.tensor(rows, dtype=torch.float32)} in Python. An empty field,
 * {@code NA}, {@code nan} or {@code null} reads as NaN, {@code inf} and {@code -inf} as
 * infinities. Rows are converted as they are read, so a file is never held as strings.
 *
 * <p>Why not Tablesaw: it is an optional dependency of this module (about 45 MB with its own
 * dependencies), and a numeric CSV needs nothing but the JDK. With Tablesaw on the class path,
 * {@link TableData} turns a {@code Table} (whose reader guesses column types, parses dates and
 * much more) into the same tensors.
 *
 * <pre>{@code
 * jshell> var ds = Csv.dataset(Path.of("train.csv"), "label");   // x1,x2,...,label
 * jshell> var dl = DataLoader.builder(ds).batchSize(64).shuffle(true).build();
 * }</pre>
 */
public final class Csv {
    private Csv() {}

    /**
     * A dataset of (features, label) rows: every column but {@code label}, in file order, as
     * float32 features {@code [rows, columns]}, and the label column as int64 {@code [rows]} when
     * every label is an integer (class indices, as cross entropy wants them), else float32.
     *
     * <pre>{@code
     * jshell> var ds = Csv.dataset(Path.of("points.csv"), "label"); ds.get(0)[1]   // the first row's label
     * }</pre>
     *
     * @throws IllegalArgumentException a missing column, a ragged row or a field that is not a
     *         number, naming the file, the line and the column
     */
    public static TensorDataset dataset(Path file, String label) {
        return dataset(file, null, label);
    }

    /** A dataset of the given feature columns (float32, in this order) and the label column (see {@link #dataset(Path, String)}). */
    public static TensorDataset dataset(Path file, List<String> features, String label) {
        try (Records in = new Records(file)) {
            List<String> names = features;
            if (names == null) {
                names = new ArrayList<>(in.header);
                names.remove(label);
            }
            int[] at = in.indices(names);
            int labelAt = in.indices(List.of(label))[0];
            Values x = new Values(DType.FLOAT32);
            List<String> labels = new ArrayList<>();
            for (List<String> row = in.next(); row != null; row = in.next()) {
                for (int c = 0; c < at.length; c++) x.add(in.number(row, at[c]));
                labels.add(in.field(row, labelAt));
            }
            return new TensorDataset(x.tensor(labels.size(), at.length), labels(in, labels, labelAt));
        }
    }

    /**
     * The given columns (all when none are named) as a float32 tensor {@code [rows, columns]}.
     *
     * <pre>{@code
     * jshell> Csv.tensor(Path.of("points.csv"), "x", "y").shape()   // torch.Size([rows, 2])
     * }</pre>
     */
    public static Tensor tensor(Path file, String... columns) {
        return tensor(file, DType.FLOAT32, columns);
    }

    /** The given columns (all when none are named) as a {@code [rows, columns]} tensor of {@code dtype}. */
    public static Tensor tensor(Path file, DType dtype, String... columns) {
        try (Records in = new Records(file)) {
            int[] at = in.indices(columns.length == 0 ? in.header : Arrays.asList(columns));
            Values x = new Values(dtype);
            int rows = 0;
            for (List<String> row = in.next(); row != null; row = in.next(), rows++) {
                for (int c : at) x.add(in.number(row, c));
            }
            return x.tensor(rows, at.length);
        }
    }

    /** int64 labels when every one is an integer, else float32. */
    private static Tensor labels(Records in, List<String> labels, int column) {
        long[] ints = new long[labels.size()];
        try {
            for (int i = 0; i < ints.length; i++) ints[i] = Long.parseLong(labels.get(i));
            return Torch.tensor(ints);
        } catch (NumberFormatException notIntegral) {
            float[] values = new float[labels.size()];
            for (int i = 0; i < values.length; i++) values[i] = (float) in.parse(labels.get(i), in.header.get(column), -1);
            return Torch.from(values);
        }
    }

    /** Numbers as they come, kept as float for float32 (double → float is the rounding torch.tensor makes) and as double otherwise. */
    private static final class Values {
        private final DType dtype;
        private float[] f = new float[1024];
        private double[] d = new double[1024];
        private int n;

        Values(DType dtype) {
            this.dtype = dtype;
            if (dtype == DType.FLOAT32) d = null;
            else f = null;
        }

        void add(double v) {
            if (f != null) {
                if (n == f.length) f = Arrays.copyOf(f, 2 * n);
                f[n++] = (float) v;
            } else {
                if (n == d.length) d = Arrays.copyOf(d, 2 * n);
                d[n++] = v;
            }
        }

        Tensor tensor(int rows, int columns) {
            Tensor flat = f != null ? Torch.from(Arrays.copyOf(f, n)) : Torch.tensor(Arrays.copyOf(d, n), DType.FLOAT64).to(dtype);
            return flat.reshape(rows, columns);
        }
    }

    /** The records of a file, read one at a time (RFC 4180); blank lines are skipped, as Python's csv module does. */
    private static final class Records implements AutoCloseable {
        private final String file;
        private final BufferedReader in;
        final List<String> header;
        private int line = 1;
        private int start;

        Records(Path path) {
            file = path.toString();
            try {
                in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> first = next();
            if (first == null) throw new IllegalArgumentException(file + ": empty CSV file (no header row)");
            header = first.stream().map(String::strip).toList();
        }

        int[] indices(List<String> columns) {
            int[] at = new int[columns.size()];
            for (int i = 0; i < at.length; i++) {
                at[i] = header.indexOf(columns.get(i));
                if (at[i] < 0) throw new IllegalArgumentException(file + ": no column '" + columns.get(i) + "' (columns: " + header + ")");
            }
            return at;
        }

        /** The next record's fields, or null at the end of the file. */
        List<String> next() {
            try {
                List<String> fields = new ArrayList<>(header == null ? 16 : header.size());
                StringBuilder field = new StringBuilder();
                boolean quoted = false, any = false;
                start = line;
                for (int c = in.read(); ; c = in.read()) {
                    if (c == -1) {
                        if (!any && field.isEmpty()) return null;
                        fields.add(field.toString());
                        return checked(fields);
                    }
                    if (quoted) {
                        if (c == '"') {
                            in.mark(1);
                            if (in.read() == '"') field.append('"');
                            else {
                                in.reset();
                                quoted = false;
                            }
                        } else {
                            if (c == '\n') line++;
                            field.append((char) c);
                        }
                    } else if (c == '"') {
                        quoted = any = true;
                    } else if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                        any = true;
                    } else if (c == '\n' || c == '\r') {
                        if (c == '\r') {
                            in.mark(1);
                            if (in.read() != '\n') in.reset();
                        }
                        line++;
                        if (any || !field.isEmpty()) {
                            fields.add(field.toString());
                            return checked(fields);
                        }
                        start = line; // a blank line
                    } else {
                        field.append((char) c);
                        any = true;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private List<String> checked(List<String> fields) {
            if (header != null && fields.size() != header.size()) {
                throw new IllegalArgumentException(file + ":" + start + ": " + fields.size() + " fields, but the header has " + header.size());
            }
            return fields;
        }

        String field(List<String> row, int column) {
            return row.get(column).strip();
        }

        double number(List<String> row, int column) {
            return parse(field(row, column), header.get(column), start);
        }

        /** Python's {@code float(s)} for the spellings data files use; Java's literal suffixes and hex are refused. */
        double parse(String s, String column, int at) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "", "na", "nan", "null" -> { return Double.NaN; }
                case "inf", "+inf", "infinity", "+infinity" -> { return Double.POSITIVE_INFINITY; }
                case "-inf", "-infinity" -> { return Double.NEGATIVE_INFINITY; }
                default -> { }
            }
            char last = s.charAt(s.length() - 1);
            boolean javaOnly = last == 'd' || last == 'D' || last == 'f' || last == 'F' || s.contains("x") || s.contains("X");
            try {
                if (!javaOnly) return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(file + (at > 0 ? ":" + at : "") + ": column '" + column + "': '" + s + "' is not a number");
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
