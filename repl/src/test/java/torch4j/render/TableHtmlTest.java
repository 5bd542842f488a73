package torch4j.render;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableHtmlTest {
    @Test void tablesawTable() {
        Table t = Table.create("scores <2024>", DoubleColumn.create("x", 1.5, 2), StringColumn.create("name", "a<b", "c&d"));
        assertTrue(TableHtml.isTablesawTable(t));
        assertFalse(TableHtml.isTablesawTable("text"));
        assertFalse(TableHtml.isTablesawTable(null));
        assertEquals("<div class=\"torch4j-table\"><table class=\"dataframe\" border=\"1\"><caption>scores &lt;2024&gt;</caption>"
                + "<thead><tr style=\"text-align: right;\"><th>x</th><th>name</th></tr></thead><tbody>"
                + "<tr><td>1.5</td><td>a&lt;b</td></tr><tr><td>2</td><td>c&amp;d</td></tr></tbody></table><p>2 rows × 2 columns</p></div>",
                TableHtml.renderTablesaw(t));
    }

    @Test void longTablesShowHeadAndTail() {
        String html = TableHtml.render(null, List.of("i"), 100, (r, c) -> "r" + r);
        assertFalse(html.contains("<caption>"));
        assertTrue(html.contains("<td>r4</td></tr><tr><td>…</td></tr><tr><td>r95</td>"), html);
        assertFalse(html.contains("r5<") || html.contains("r94<"));
        assertTrue(html.endsWith("<p>100 rows × 1 column</p></div>"));
        String all = TableHtml.render("t", List.of("i"), 60, (r, c) -> "r" + r);
        assertTrue(all.contains("<td>r30</td>") && !all.contains("…"));
    }
}
