package torch4j.session;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The renderer registry (DESIGN §5): maps a value to a {@link MimeBundle}. The text/plain entry
 * is {@link Repr#of} unless a renderer replaces it; registered renderers add richer representations (HTML cards for
 * tensors and modules, PNG/SVG for plots and graphs). The last registered renderer that accepts
 * a value wins for each MIME type it provides.
 *
 * <pre>
 * jshell&gt; Renderers.register(Tensor.class, t -&gt; Map.of("text/html", "&lt;b&gt;" + t.shape() + "&lt;/b&gt;"))
 * jshell&gt; Renderers.render(ones(2)).data().keySet()
 * $2 ==&gt; [text/plain, text/html]
 * </pre>
 */
public final class Renderers {
    private Renderers() {}

    /** One renderer: the MIME entries it adds for a value it accepts (empty when it declines). */
    @FunctionalInterface
    public interface Renderer {
        Optional<java.util.Map<String, String>> render(Object value);
    }

    private static final List<Renderer> RENDERERS = new CopyOnWriteArrayList<>();

    static {
        // the display module's renderers: HTML cards for tensors, modules and tables, PNG for
        // figures, SVG for autograd graphs
        register(value -> {
            var data = torch4j.render.RichDisplay.mimeData(value);
            return data.isEmpty() ? Optional.empty() : Optional.of(data);
        });
    }

    /** Adds a renderer for values of {@code type}; {@code render} returns the extra MIME entries. */
    public static <T> void register(Class<T> type, Function<? super T, ? extends java.util.Map<String, String>> render) {
        register(value -> type.isInstance(value) ? Optional.ofNullable(render.apply(type.cast(value))) : Optional.empty());
    }

    /** Adds a renderer that chooses itself which values it accepts. */
    public static void register(Renderer renderer) {
        RENDERERS.add(renderer);
    }

    /** The bundle for {@code value}: text/plain always, then what the registered renderers add. */
    public static MimeBundle render(Object value) {
        MimeBundle bundle = MimeBundle.ofText(Repr.of(value));
        for (Renderer r : RENDERERS) {
            try {
                Optional<java.util.Map<String, String>> extra = r.render(value);
                if (extra.isPresent()) {
                    for (var e : extra.get().entrySet()) bundle = bundle.with(e.getKey(), e.getValue());
                }
            } catch (RuntimeException e) {
                // a broken renderer must not hide the value: its text is still shown
            }
        }
        return bundle;
    }
}
