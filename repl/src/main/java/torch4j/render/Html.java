package torch4j.render;

/**
 * Escaping for HTML and SVG text.
 *
 * <pre>{@code
 * jshell> Html.escape("grad_fn=<AddBackward0>")
 * $1 ==> "grad_fn=&lt;AddBackward0&gt;"
 * }</pre>
 */
public final class Html {
    private Html() {}

    /** Escapes {@code & < > " '} so any text is safe inside an element or an attribute. */
    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
