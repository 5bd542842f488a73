package torch4j.render;

import java.util.Arrays;
import torch4j.Tensor;

/**
 * A tensor as an HTML card for notebooks ({@code text/html}): a header line of shape, dtype,
 * device, strides and {@code grad_fn} (or {@code requires_grad}), then PyTorch's repr in a
 * {@code <pre>}. Everything is escaped.
 *
 * <pre>{@code
 * jshell> TensorHtml.render(randn(2, 3))
 * $1 ==> "<div class=\"torch4j-tensor\" ...><b>Tensor</b> shape (2, 3) · torch.float32 · cpu · strides (3, 1)..."
 * }</pre>
 */
public final class TensorHtml {
    private TensorHtml() {}

    /** The card for {@code t}. */
    public static String render(Tensor t) {
        StringBuilder head = new StringBuilder();
        head.append(item("shape", tuple(t.shape().toLongArray())))
                .append(item("dtype", t.dtype().toString()))
                .append(item("device", t.device().toString()))
                .append(item("strides", tuple(t.stride())));
        if (t.gradFn() != null) head.append(item("grad_fn", "<" + t.gradFn().displayName() + ">"));
        else if (t.requiresGrad()) head.append(item("requires_grad", "True"));
        if (t.requiresGrad() && t.isLeaf() && t.grad() != null) head.append(item("grad", "set"));
        return "<div class=\"torch4j-tensor\" style=\"font-family:monospace;border:1px solid #ddd;border-radius:4px;padding:6px 8px;display:inline-block\">"
                + "<div style=\"color:#555;margin-bottom:4px\"><b style=\"color:#ee4c2c\">Tensor</b>" + head + "</div>"
                + "<pre style=\"margin:0\">" + Html.escape(t.toString()) + "</pre></div>";
    }

    private static String item(String key, String value) {
        return " &middot; <span title=\"" + key + "\">" + Html.escape(key) + " " + Html.escape(value) + "</span>";
    }

    /** Python's tuple text: {@code (2, 3)}, {@code (5,)}, {@code ()}. */
    static String tuple(long[] v) {
        String s = Arrays.toString(v);
        return "(" + s.substring(1, s.length() - 1) + (v.length == 1 ? "," : "") + ")";
    }
}
