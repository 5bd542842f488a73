package torch4j.render;

/**
 * An SVG picture as a value: a notebook shows it as {@code image/svg+xml} (see
 * {@link RichDisplay}), {@code toString()} is the SVG text.
 *
 * <pre>{@code
 * jshell> display(AutogradSvg.graph(loss))
 * }</pre>
 *
 * @param svg the SVG document text
 */
public record SvgImage(String svg) {
    @Override public String toString() { return svg; }
}
