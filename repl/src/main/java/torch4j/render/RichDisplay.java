package torch4j.render;

import java.util.LinkedHashMap;
import java.util.Map;
import torch4j.Tensor;
import torch4j.nn.Module;
import torch4j.plot.Figure;

/**
 * The rich MIME entries of a value, for the session's renderer registry (text/plain, the repr,
 * comes from the session): {@code text/html} for tensors ({@link TensorHtml}), modules
 * ({@link ModuleHtml}) and Tablesaw tables ({@link TableHtml}); {@code image/png} (base64) for
 * figures, tracked runs' {@linkplain TrackCharts charts} and images ({@link TrackHtml} for their tables); {@code image/svg+xml} for {@link SvgImage}s such as {@link AutogradSvg#graph}. Empty
 * for anything else.
 *
 * <pre>{@code
 * jshell> RichDisplay.mimeData(ones(2)).keySet()
 * $1 ==> [text/html]
 * }</pre>
 */
public final class RichDisplay {
    private RichDisplay() {}

    /** The extra MIME entries of {@code value}, in a stable order; empty when there are none. */
    public static Map<String, String> mimeData(Object value) {
        Map<String, String> data = new LinkedHashMap<>();
        switch (value) {
            case Tensor t -> data.put("text/html", TensorHtml.render(t));
            case Module m -> data.put("text/html", ModuleHtml.render(m));
            case Figure f -> data.put("image/png", f.toPngBase64());
            case torch4j.track.Chart c -> data.put("image/png", TrackCharts.figure(c).toPngBase64());
            case torch4j.track.Table t -> data.put("text/html", TrackHtml.table(t));
            case torch4j.track.RunList runs -> data.put("text/html", TrackHtml.runs(runs));
            case torch4j.track.Image i -> data.put("image/png", java.util.Base64.getEncoder().encodeToString(i.png()));
            case torch4j.track.Html h -> data.put("text/html", h.html());
            case SvgImage s -> data.put("image/svg+xml", s.svg());
            case null -> { }
            default -> {
                if (TableHtml.isTablesawTable(value)) data.put("text/html", TableHtml.renderTablesaw(value));
            }
        }
        return data;
    }
}
