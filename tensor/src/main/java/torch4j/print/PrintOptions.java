package torch4j.print;

/**
 * Tensor print options, as {@code torch.set_printoptions}: an immutable value, plus the current
 * options used by {@code Tensor.toString()}.
 *
 * <ul>
 *   <li>{@code precision}: digits after the point (default 4);</li>
 *   <li>{@code threshold}: element count above which a tensor is summarized with {@code ...}
 *       (default 1000; {@code Double.POSITIVE_INFINITY} never summarizes);</li>
 *   <li>{@code edgeitems}: items kept at each end of a summarized dimension (default 3);</li>
 *   <li>{@code linewidth}: characters per line for wrapping rows and suffixes (default 80);</li>
 *   <li>{@code sciMode}: {@code null} lets the printer choose, {@code true}/{@code false} force
 *       scientific notation on/off.</li>
 * </ul>
 *
 * <pre>{@code
 * jshell> PrintOptions.set().precision(2).apply()      // torch.set_printoptions(precision=2)
 * jshell> tensor(1.12345)
 * tensor(1.12)
 * jshell> PrintOptions.set().profile("short").apply()  // torch.set_printoptions(profile="short")
 * jshell> PrintOptions.reset()                         // torch.set_printoptions(profile="default")
 * }</pre>
 *
 * @param precision digits after the decimal point, at least 0
 * @param threshold summarize when {@code numel > threshold}
 * @param edgeitems items shown at each end of a summarized dimension, at least 0
 * @param linewidth characters per line
 * @param sciMode {@code null} for automatic, else forced on or off
 */
public record PrintOptions(int precision, double threshold, int edgeitems, int linewidth, Boolean sciMode) {

    /** The {@code "default"} profile: precision 4, threshold 1000, edgeitems 3, linewidth 80, automatic sci mode. */
    public static final PrintOptions DEFAULT = new PrintOptions(4, 1000, 3, 80, null);

    private static volatile PrintOptions current = DEFAULT;

    /** Validates: precision and edgeitems at least 0, threshold not NaN. */
    public PrintOptions {
        if (precision < 0) throw new IllegalArgumentException("precision must be >= 0, got " + precision);
        if (edgeitems < 0) throw new IllegalArgumentException("edgeitems must be >= 0, got " + edgeitems);
        if (Double.isNaN(threshold)) throw new IllegalArgumentException("threshold must not be NaN");
    }

    /**
     * The options of a named profile, as {@code set_printoptions(profile=...)} sets them (sci mode
     * automatic): {@code "default"}; {@code "short"} (precision 2, edgeitems 2); {@code "full"}
     * (threshold infinite, so nothing is summarized).
     *
     * @throws IllegalArgumentException for any other name (PyTorch silently ignores unknown profiles)
     */
    public static PrintOptions profile(String name) {
        return switch (name) {
            case "default" -> DEFAULT;
            case "short" -> new PrintOptions(2, 1000, 2, 80, null);
            case "full" -> new PrintOptions(4, Double.POSITIVE_INFINITY, 3, 80, null);
            default -> throw new IllegalArgumentException(
                    "unknown print profile '" + name + "' (expected default, short or full)");
        };
    }

    /** These options with another precision. */
    public PrintOptions withPrecision(int precision) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, sciMode);
    }

    /** These options with another threshold. */
    public PrintOptions withThreshold(double threshold) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, sciMode);
    }

    /** These options with another edgeitems. */
    public PrintOptions withEdgeitems(int edgeitems) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, sciMode);
    }

    /** These options with another linewidth. */
    public PrintOptions withLinewidth(int linewidth) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, sciMode);
    }

    /** These options with another sci mode ({@code null} = automatic). */
    public PrintOptions withSciMode(Boolean sciMode) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, sciMode);
    }

    /** The options {@code Tensor.toString()} uses now (global, like PyTorch's {@code PRINT_OPTS}). */
    public static PrintOptions current() {
        return current;
    }

    /** Replaces the current options. */
    public static void setCurrent(PrintOptions options) {
        if (options == null) throw new NullPointerException("options");
        current = options;
    }

    /** Restores the default profile, as {@code torch.set_printoptions(profile="default")}. */
    public static void reset() {
        current = DEFAULT;
    }

    /**
     * Starts a change of the current options with {@code torch.set_printoptions}'s keyword
     * semantics; finish with {@link Setter#apply()}.
     */
    public static Setter set() {
        return new Setter();
    }

    /**
     * The keyword arguments of {@code torch.set_printoptions}. As in PyTorch, {@code apply} first
     * applies the profile (if given), then each option given; options not given keep their values,
     * except {@code sciMode}, which PyTorch always assigns: not giving it resets it to automatic.
     */
    public static final class Setter {
        private String profile;
        private Integer precision;
        private Double threshold;
        private Integer edgeitems;
        private Integer linewidth;
        private Boolean sciMode;

        private Setter() {}

        /** {@code profile=}: "default", "short" or "full". */
        public Setter profile(String name) {
            PrintOptions.profile(name); // reject an unknown name here rather than in apply()
            this.profile = name;
            return this;
        }

        /** {@code precision=}. */
        public Setter precision(int precision) {
            this.precision = precision;
            return this;
        }

        /** {@code threshold=}; {@code Double.POSITIVE_INFINITY} disables summarization. */
        public Setter threshold(double threshold) {
            this.threshold = threshold;
            return this;
        }

        /** {@code edgeitems=}. */
        public Setter edgeitems(int edgeitems) {
            this.edgeitems = edgeitems;
            return this;
        }

        /** {@code linewidth=}. */
        public Setter linewidth(int linewidth) {
            this.linewidth = linewidth;
            return this;
        }

        /** {@code sci_mode=}: {@code true}, {@code false}, or {@code null} for automatic. */
        public Setter sciMode(Boolean sciMode) {
            this.sciMode = sciMode;
            return this;
        }

        /** The options {@code set_printoptions} would leave after starting from {@code base}. */
        public PrintOptions applyTo(PrintOptions base) {
            PrintOptions o = profile != null ? PrintOptions.profile(profile) : base;
            return new PrintOptions(
                    precision != null ? precision : o.precision(),
                    threshold != null ? threshold : o.threshold(),
                    edgeitems != null ? edgeitems : o.edgeitems(),
                    linewidth != null ? linewidth : o.linewidth(),
                    sciMode);
        }

        /** Applies to the current options, makes the result current and returns it. */
        public PrintOptions apply() {
            synchronized (PrintOptions.class) {
                PrintOptions next = applyTo(current);
                current = next;
                return next;
            }
        }
    }
}
