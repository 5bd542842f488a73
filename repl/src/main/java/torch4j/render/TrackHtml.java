package torch4j.render;

import java.util.Base64;
import java.util.List;
import torch4j.track.Image;
import torch4j.track.RunList;
import torch4j.track.Table;

/**
 * HTML of experiment tracking's tables: a {@link Table} of cases with its pictures inline
 * ({@code data:} URLs, so the notebook needs nothing else), and a project's {@link RunList}.
 *
 * <pre>{@code
 * jshell> TrackHtml.table(new Table("image", "label").addData(zeros(8, 8), 3))
 * $1 ==> "<div class=\"torch4j-table\"><table class=\"dataframe\" ..."
 * }</pre>
 */
public final class TrackHtml {
    private TrackHtml() {}

    /** Pictures narrower than this are scaled up (pixelated, not blurred) so an 8×8 digit can be seen. */
    static final int MIN_WIDTH = 56;

    /** A table of cases: numbers and text as text, images as pictures with their captions. */
    public static String table(Table t) {
        return TableHtml.renderHtml(null, t.columns(), t.size(), (r, c) -> cell(t.data().get(r).get(c)));
    }

    private static String cell(Object v) {
        if (v instanceof Image i) {
            int w = Math.max(i.width(), MIN_WIDTH);
            String img = "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(i.png()) + "\" width=\"" + w
                    + "\" style=\"image-rendering: pixelated\"" + (i.caption() == null ? "" : " alt=\"" + Html.escape(i.caption()) + "\"") + "/>";
            return i.caption() == null ? img : img + "<br/>" + Html.escape(i.caption());
        }
        return Html.escape(String.valueOf(v));
    }

    /** A project's runs: id, name, state, tags, config and summary columns. */
    public static String runs(RunList runs) {
        List<List<String>> rows = runs.rows();
        return TableHtml.render(runs.project(), rows.getFirst(), rows.size() - 1, (r, c) -> rows.get(r + 1).get(c));
    }
}
