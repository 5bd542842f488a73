package torch4j.track;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The Tablesaw side of {@link RunList#toTable()}: the only class here that names Tablesaw. */
final class RunsTables {
    private RunsTables() {}

    static Table toTable(RunList runs) {
        List<List<String>> rows = runs.rows();
        List<String> header = rows.getFirst();
        List<Column<?>> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String k = header.get(c);
            boolean numeric = c >= 4;
            for (RunRecord r : runs) {
                Object v = r.config().containsKey(k) ? r.config().get(k) : r.summary().get(k);
                if (v != null && !(v instanceof Number)) numeric = false;
            }
            if (numeric) {
                DoubleColumn col = DoubleColumn.create(k);
                for (RunRecord r : runs) {
                    Object v = r.config().containsKey(k) ? r.config().get(k) : r.summary().get(k);
                    if (v == null) col.appendMissing();
                    else col.append(((Number) v).doubleValue());
                }
                columns.add(col);
            } else {
                StringColumn col = StringColumn.create(k);
                for (int r = 1; r < rows.size(); r++) col.append(rows.get(r).get(c));
                columns.add(col);
            }
        }
        return Table.create(runs.project(), columns.toArray(Column<?>[]::new));
    }
}
