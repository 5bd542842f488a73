package torch4j.render;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import torch4j.utils.data.DataLoader;

/**
 * A progress bar around a loop, tqdm's: the same text, the same rate smoothing and the same
 * rate limit (a redraw at most every 0.1 s), written with {@code \r} to a stream (standard error
 * by default, as tqdm), so it works in a terminal and in a notebook's stream output alike.
 *
 * <pre>{@code
 * jshell> for (var batch : Progress.of(loader, "train")) { ... }
 * train:  40%|████      | 4/10 [00:01<00:01,  3.10it/s]
 * jshell> try (var bar = Progress.range(100)) { for (int i : bar) { ...; bar.setPostfix("loss", loss.item()); } }
 * }</pre>
 *
 * The bar closes itself (final line and a newline) when the loop runs to the end; a loop left
 * early with {@code break} should use try-with-resources, as above, to close it.
 */
public final class Progress<T> implements Iterable<T>, AutoCloseable {
    private static volatile Integer defaultNcols;

    private final Iterable<T> iterable;
    private final Long total;
    private final DoubleSupplier clock;
    private PrintStream out = System.err;
    private String desc = "";
    private String postfix;
    private Integer ncols = defaultNcols;
    private double mininterval = 0.1;
    private boolean started, timing, closed;
    private long n, lastPrintN;
    private double startT, lastPrintT, miniters;
    private int lastLen;
    private final Ema emaDn = new Ema(), emaDt = new Ema(), emaMiniters = new Ema();

    Progress(Iterable<T> iterable, Long total, DoubleSupplier clock) {
        this.iterable = iterable;
        this.total = total;
        this.clock = clock;
    }

    private static final DoubleSupplier WALL = () -> System.nanoTime() / 1e9;

    /** A bar over {@code items}; its length is known for collections and data loaders. */
    public static <T> Progress<T> of(Iterable<T> items) {
        Long total = switch (items) {
            case Collection<?> c -> (long) c.size();
            case DataLoader<?> d -> (long) d.size();
            case Progress<?> p -> p.total;
            default -> null;
        };
        return new Progress<>(items, total, WALL);
    }

    /** A bar over {@code items} with a description before it ({@code tqdm(items, desc="train")}). */
    public static <T> Progress<T> of(Iterable<T> items, String desc) { return of(items).setDescription(desc); }

    /** A bar over 0..n-1 ({@code trange(n)}). */
    public static Progress<Integer> range(int n) {
        return new Progress<>(() -> IntStream.range(0, n).iterator(), (long) n, WALL);
    }

    /** A bar for manual {@link #update(long)} calls up to {@code total} ({@code tqdm(total=...)}). */
    public static Progress<Void> total(long total) { return new Progress<>(java.util.List.of(), total, WALL); }

    /** Bars made from now on fit {@code columns} characters (null: tqdm's 10-character bar); the REPL sets its terminal width. */
    public static void setDefaultNcols(Integer columns) { defaultNcols = columns; }

    /** Writes to {@code stream} instead of standard error. */
    public Progress<T> to(PrintStream stream) { this.out = stream; return this; }

    /** Fits the whole line into {@code columns} characters (the bar takes what the text leaves). */
    public Progress<T> ncols(int columns) { this.ncols = columns; return this; }

    /** Redraws at most every {@code seconds} (default 0.1). */
    public Progress<T> mininterval(double seconds) { this.mininterval = seconds; return this; }

    /** Sets the text before the bar ({@code set_description}); redraws a running bar. */
    public Progress<T> setDescription(String description) {
        this.desc = description == null || description.isEmpty() ? "" : description + ": ";
        if (started) refresh();
        return this;
    }

    /**
     * Sets the text after the rate from key-value pairs, sorted by key as tqdm sorts its keyword
     * arguments ({@code set_postfix(loss=..., acc=...)} shows {@code acc=..., loss=...}): numbers
     * as tqdm's {@code format_num} writes them ({@code 0.123456} as {@code 0.123}, {@code 1e-05}
     * as {@code 1e-5}), one-element tensors by their value; redraws the bar.
     */
    public Progress<T> setPostfix(Object... keyValues) {
        if (keyValues.length % 2 != 0) throw new IllegalArgumentException("setPostfix takes key, value pairs");
        Map<String, Object> sorted = new TreeMap<>();
        for (int i = 0; i < keyValues.length; i += 2) sorted.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        return setPostfix(sorted);
    }

    /** Sets the text after the rate from a map, in the map's order ({@code set_postfix(ordered_dict)}); redraws the bar. */
    public Progress<T> setPostfix(Map<String, ?> values) {
        StringBuilder sb = new StringBuilder();
        for (var e : values.entrySet()) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(e.getKey()).append('=').append(formatValue(e.getValue()).strip());
        }
        return setPostfixStr(sb.toString());
    }

    /** Sets the text after the rate as is ({@code set_postfix_str}); redraws the bar. */
    public Progress<T> setPostfixStr(String s) {
        this.postfix = s;
        if (started) refresh();
        return this;
    }

    /** How many steps have been counted. */
    public long n() { return n; }

    @Override public Iterator<T> iterator() {
        start();
        Iterator<T> inner = iterable.iterator();
        return new Iterator<>() {
            private boolean handedOut;

            @Override public boolean hasNext() {
                if (handedOut) {   // the loop body of the previous item has run: count it
                    handedOut = false;
                    step(1);
                }
                boolean more = !closed && inner.hasNext();
                if (!more) close();
                return more;
            }

            @Override public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                handedOut = true;
                return inner.next();
            }
        };
    }

    /** Adds {@code steps} to the count and redraws when due ({@code update(n)}). */
    public void update(long steps) {
        start();
        step(steps);
    }

    private void start() {
        if (started) return;
        started = true;
        refresh();
        lastPrintT = startT = clock.getAsDouble();
        timing = true;
    }

    /** tqdm's {@code update}: redraw when enough steps and time have passed, smoothing the rate. */
    private void step(long steps) {
        if (closed) return;
        n += steps;
        if (n - lastPrintN < miniters) return;
        double cur = clock.getAsDouble(), dt = cur - lastPrintT;
        if (dt < mininterval) return;
        long dn = n - lastPrintN;
        if (dt > 0 && dn > 0) {
            emaDn.add(dn);
            emaDt.add(dt);
        }
        refresh();
        if (dt >= 10) miniters = dn * (mininterval > 0 ? mininterval : 10) / dt;
        else miniters = emaMiniters.add(dn * (mininterval > 0 && dt > 0 ? mininterval / dt : 1));
        lastPrintN = n;
        lastPrintT = cur;
    }

    private void refresh() { draw(emaDt.value() != 0 ? emaDn.value() / emaDt.value() : null); }

    private void draw(Double rate) {
        double elapsed = timing ? clock.getAsDouble() - startT : 0;
        String s = ProgressFormat.meter(n, total, elapsed, ncols, desc, rate, postfix);
        int len = s.codePointCount(0, s.length());
        out.print("\r" + s + " ".repeat(Math.max(lastLen - len, 0)));
        out.flush();
        lastLen = len;
    }

    /** Draws the final line with the overall average rate and ends it with a newline. */
    @Override public void close() {
        if (closed) return;
        closed = true;
        if (!started) return;
        draw(null);
        out.print("\n");
        out.flush();
    }

    @Override public String toString() {
        return ProgressFormat.meter(n, total, timing ? clock.getAsDouble() - startT : 0, ncols, desc,
                emaDt.value() != 0 ? emaDn.value() / emaDt.value() : null, postfix);
    }

    /** tqdm's {@code format_num} for numbers, the value itself for one-element tensors, {@code toString} otherwise. */
    static String formatValue(Object v) {
        if (v instanceof torch4j.Tensor t && t.numel() == 1) v = t.isFloatingPoint() ? (Object) t.item() : (Object) t.longValue();
        return switch (v) {
            case Double d -> ProgressFormat.formatNum(d, ProgressFormat.pyRepr(d));
            case Float f -> ProgressFormat.formatNum(f, ProgressFormat.pyRepr(f));
            case Integer i -> ProgressFormat.formatNum(i, i.toString());
            case Long l -> ProgressFormat.formatNum(l, l.toString());
            case null -> "None";
            default -> v.toString();
        };
    }

    /** tqdm's exponential moving average with bias correction (smoothing 0.3). */
    private static final class Ema {
        private double last;
        private int calls;

        double add(double x) {
            last = 0.3 * x + 0.7 * last;
            calls++;
            return value();
        }

        double value() { return calls == 0 ? last : last / (1 - Math.pow(0.7, calls)); }
    }
}
