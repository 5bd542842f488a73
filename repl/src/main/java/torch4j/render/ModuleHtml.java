package torch4j.render;

import java.util.Map;
import torch4j.Tensor;
import torch4j.nn.Module;

/**
 * A module as an HTML tree for notebooks ({@code text/html}): each module a collapsible line with
 * its name, PyTorch's repr head ({@code Linear(in_features=2, out_features=8, bias=True)}) and its
 * parameter count; its own parameters with their shapes; the children nested below. The header
 * gives the total and trainable counts. Everything is escaped.
 *
 * <pre>{@code
 * jshell> ModuleHtml.render(new Sequential(new Linear(2, 8), new ReLU(), new Linear(8, 1)))
 * $1 ==> "<div class=\"torch4j-module\" ...><b>Sequential</b> · 33 parameters (33 trainable)..."
 * }</pre>
 */
public final class ModuleHtml {
    private ModuleHtml() {}

    /** The tree of {@code module}. */
    public static String render(Module module) {
        long total = count(module, true, false), trainable = count(module, true, true);
        StringBuilder sb = new StringBuilder();
        sb.append("<div class=\"torch4j-module\" style=\"font-family:monospace\"><div><b>").append(Html.escape(module.getName()))
                .append("</b> &middot; ").append(String.format("%,d", total)).append(total == 1 ? " parameter" : " parameters")
                .append(" (").append(String.format("%,d", trainable)).append(" trainable)</div>");
        node(sb, null, module);
        return sb.append("</div>").toString();
    }

    private static void node(StringBuilder sb, String name, Module m) {
        Map<String, Module> children = m.namedChildren();
        String head = (name == null ? "" : "(" + name + "): ") + m.getName() + "(" + (m.extraRepr().contains("\n") ? "…" : m.extraRepr()) + ")";
        String params = "<span style=\"color:#777\"> &middot; " + String.format("%,d", count(m, true, false)) + "</span>";
        StringBuilder own = new StringBuilder();
        for (var e : m.namedParameters(false).entrySet()) {
            Tensor p = e.getValue();
            own.append("<div style=\"margin-left:1.5em;color:#555\">").append(Html.escape(e.getKey())).append(' ')
                    .append(Html.escape(TensorHtml.tuple(p.shape().toLongArray()))).append(p.requiresGrad() ? "" : " (frozen)").append("</div>");
        }
        if (children.isEmpty()) {
            sb.append("<div style=\"margin-left:1em\">").append(Html.escape(head)).append(params).append(own).append("</div>");
            return;
        }
        sb.append("<details open style=\"margin-left:1em\"><summary>").append(Html.escape(head)).append(params).append("</summary>").append(own);
        for (var e : children.entrySet()) node(sb, e.getKey(), e.getValue());
        sb.append("</details>");
    }

    /** Elements of the parameters under {@code m} (shared parameters once), only those requiring grad if asked. */
    static long count(Module m, boolean recurse, boolean trainableOnly) {
        long n = 0;
        for (Tensor p : m.parameters(recurse)) if (!trainableOnly || p.requiresGrad()) n += p.numel();
        return n;
    }
}
