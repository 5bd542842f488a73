package torch4j.render;

import java.util.List;

/**
 * Tables as HTML in pandas' style ({@code <table class="dataframe">}, a caption, the header, at most
 * 60 rows shown — else the first and last 5 around a {@code …} row — and a "rows × columns"
 * footer). {@link #render(String, List, int, Cell)} takes any table; Tablesaw tables go through
 * {@link #renderTablesaw(Object)}, so this class links without Tablesaw on the class path
 * (Tablesaw is an optional dependency: the renderer registry checks {@link #isTablesawTable} first).
 *
 * <pre>{@code
 * jshell> TableHtml.renderTablesaw(Table.read().csv("iris.csv"))
 * $1 ==> "<div class=\"torch4j-table\"><table class=\"dataframe\" ..."
 * }</pre>
 */
public final class TableHtml {
    private TableHtml() {}

    /** Above this many rows only the head and tail are shown (pandas' display.max_rows). */
    public static final int MAX_ROWS = 60;

    /** Rows shown at each end of a long table (pandas' min_rows / 2). */
    public static final int EDGE_ROWS = 5;

    /** The text of a cell. */
    @FunctionalInterface
    public interface Cell { String text(int row, int column); }

    /** A table of {@code rows} rows under {@code columns}; {@code caption} may be null. */
    public static String render(String caption, List<String> columns, int rows, Cell cell) {
        return renderHtml(caption, columns, rows, (r, c) -> Html.escape(cell.text(r, c)));
    }

    /** As {@link #render}, with cells given as HTML (escaped by the caller): pictures, links. */
    public static String renderHtml(String caption, List<String> columns, int rows, Cell cellHtml) {
        Cell cell = cellHtml;
        StringBuilder sb = new StringBuilder("<div class=\"torch4j-table\"><table class=\"dataframe\" border=\"1\">");
        if (caption != null && !caption.isEmpty()) sb.append("<caption>").append(Html.escape(caption)).append("</caption>");
        sb.append("<thead><tr style=\"text-align: right;\">");
        for (String c : columns) sb.append("<th>").append(Html.escape(c)).append("</th>");
        sb.append("</tr></thead><tbody>");
        boolean cut = rows > MAX_ROWS;
        for (int r = 0; r < rows; r++) {
            if (cut && r == EDGE_ROWS) {
                sb.append("<tr>").repeat("<td>…</td>", columns.size()).append("</tr>");
                r = rows - EDGE_ROWS;
            }
            sb.append("<tr>");
            for (int c = 0; c < columns.size(); c++) sb.append("<td>").append(cell.text(r, c)).append("</td>");
            sb.append("</tr>");
        }
        sb.append("</tbody></table><p>").append(rows).append(rows == 1 ? " row" : " rows").append(" × ")
                .append(columns.size()).append(columns.size() == 1 ? " column" : " columns").append("</p></div>");
        return sb.toString();
    }

    /** Whether {@code value} is a Tablesaw {@code Table} (checked by name, so without loading Tablesaw). */
    public static boolean isTablesawTable(Object value) {
        for (Class<?> c = value == null ? null : value.getClass(); c != null; c = c.getSuperclass())
            if (c.getName().equals("tech.tablesaw.api.Table")) return true;
        return false;
    }

    /** A Tablesaw table (its name as caption, cells as Tablesaw formats them); call only when {@link #isTablesawTable} holds. */
    public static String renderTablesaw(Object table) { return TablesawHtml.render(table); }
}
