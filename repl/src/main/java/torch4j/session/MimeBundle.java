package torch4j.session;

import java.util.LinkedHashMap;

/**
 * A value's representations by MIME type, as Jupyter's {@code display_data} carries them:
 * {@code "text/plain"} always; {@code "text/html"}, {@code "image/png"} (base64) or
 * {@code "image/svg+xml"} where a renderer provides them.
 *
 * <pre>
 * jshell&gt; Renderers.render(arange(3)).text()
 * $1 ==&gt; "tensor([0, 1, 2])"
 * </pre>
 */
public record MimeBundle(LinkedHashMap<String, String> data) {
    public MimeBundle {
        if (data == null || !data.containsKey("text/plain")) throw new IllegalArgumentException("a MimeBundle always has text/plain");
    }

    /** A bundle with only the plain-text representation. */
    public static MimeBundle ofText(String text) {
        LinkedHashMap<String, String> data = new LinkedHashMap<>();
        data.put("text/plain", text);
        return new MimeBundle(data);
    }

    /** The text/plain representation. */
    public String text() { return data.get("text/plain"); }

    /** This bundle plus one more representation (a copy; the text/plain entry stays first). */
    public MimeBundle with(String mimeType, String content) {
        LinkedHashMap<String, String> copy = new LinkedHashMap<>(data);
        copy.put(mimeType, content);
        return new MimeBundle(copy);
    }
}
