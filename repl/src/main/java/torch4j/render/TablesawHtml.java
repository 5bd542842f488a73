package torch4j.render;

import tech.tablesaw.api.Table;

/** The Tablesaw side of {@link TableHtml}, loaded only when a Tablesaw table is rendered. */
final class TablesawHtml {
    private TablesawHtml() {}

    static String render(Object value) {
        Table t = (Table) value;
        return TableHtml.render(t.name(), t.columnNames(), t.rowCount(), (r, c) -> t.column(c).getString(r));
    }
}
