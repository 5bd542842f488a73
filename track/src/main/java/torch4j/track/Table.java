package torch4j.track;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import torch4j.Tensor;

/**
 * A table of cases to look at ({@code wandb.Table}): named columns and rows of numbers, text,
 * booleans and {@link Image}s (a tensor image or a BufferedImage becomes one), such as each test
 * image with its label and the model's prediction. {@code run.log(Map.of("cases", table))} stores
 * it with the run; a notebook shows it as an HTML table with the pictures.
 *
 * <pre>{@code
 * jshell> var cases = new Table("image", "label", "prediction");
 * jshell> for (int i = 0; i < 8; i++) cases.addData(x.get(i), y.get(i).item(), pred.get(i).item());
 * jshell> run.log(Map.of("cases", cases)); cases
 * }</pre>
 */
public final class Table {
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    /** An empty table with these columns. */
    public Table(String... columns) { this(List.of(columns)); }

    /** An empty table with these columns. */
    public Table(List<String> columns) {
        if (columns.isEmpty()) throw new IllegalArgumentException("a table needs at least one column");
        if (columns.stream().distinct().count() != columns.size()) throw new IllegalArgumentException("column names must differ: " + columns);
        this.columns = List.copyOf(columns);
    }

    /**
     * Adds a row: one value per column. Numbers, strings, booleans and null stay as they are; a
     * one-element tensor becomes its number, a larger tensor or a BufferedImage an {@link Image}.
     */
    public Table addData(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("This table expects " + columns.size() + " columns: " + columns + ", found " + values.length);
        }
        List<Object> row = new ArrayList<>(values.length);
        for (Object v : values) row.add(cell(v));
        rows.add(Collections.unmodifiableList(row));
        return this;
    }

    private static Object cell(Object v) {
        return switch (v) {
            case null -> null;
            case Tensor t when t.numel() == 1 && t.dim() <= 1 -> t.isFloatingPoint() ? (Object) t.item() : (Object) t.longValue();
            case Tensor t -> Image.of(t);
            case BufferedImage b -> Image.of(b);
            case Number n -> n;
            case String s -> s;
            case Boolean b -> b;
            case Character ch -> String.valueOf(ch);
            case Image i -> i;
            default -> throw new IllegalArgumentException("a table cell is a number, text, a boolean or an image, not " + v.getClass().getName());
        };
    }

    /** The column names. */
    public List<String> columns() { return columns; }

    /** The rows, each a list with one value per column. */
    public List<List<Object>> data() { return Collections.unmodifiableList(rows); }

    /** The number of rows. */
    public int size() { return rows.size(); }

    /** The value at {@code row} in {@code column}. */
    public Object get(int row, String column) {
        int c = columns.indexOf(column);
        if (c < 0) throw new IllegalArgumentException("no column '" + column + "' in " + columns);
        return rows.get(row).get(c);
    }

    @Override public boolean equals(Object o) { return o instanceof Table t && columns.equals(t.columns) && rows.equals(t.rows); }

    @Override public int hashCode() { return columns.hashCode() * 31 + rows.hashCode(); }

    @Override public String toString() {
        List<List<String>> text = new ArrayList<>();
        text.add(columns);
        for (List<Object> r : rows) text.add(r.stream().map(String::valueOf).toList());
        int[] width = new int[columns.size()];
        for (List<String> r : text) for (int c = 0; c < width.length; c++) width[c] = Math.max(width[c], r.get(c).length());
        StringBuilder sb = new StringBuilder();
        for (List<String> r : text) {
            for (int c = 0; c < width.length; c++) {
                sb.append(r.get(c));
                if (c < width.length - 1) sb.append(" ".repeat(width[c] - r.get(c).length() + 2));
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
