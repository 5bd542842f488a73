package torch4j.track;

/**
 * A piece of HTML to log with a run ({@code wandb.Html}); a notebook shows it as HTML.
 *
 * <pre>{@code
 * jshell> run.log(Map.of("report", Html.of("<h3>epoch 3</h3><p>val_acc 0.98</p>")));
 * }</pre>
 *
 * @param html the HTML text
 */
public record Html(String html) {
    public Html {
        if (html == null) throw new IllegalArgumentException("Html.of needs text, got null");
    }

    /** The HTML {@code html}. */
    public static Html of(String html) { return new Html(html); }

    @Override public String toString() { return "<Html " + html.length() + " chars>"; }
}
