package torch4j.print;

import java.util.function.LongConsumer;
import torch4j.DType;

/**
 * PyTorch's {@code _Formatter}: looks at the elements that will be shown once, decides the number
 * style (integers; floats as {@code 1.} in int mode, fixed {@code 1.2346} or scientific
 * {@code 1.2346e+00}) and the common width, then formats each element right-aligned to that width.
 */
final class ElementFormatter {

    /** Visits the flat indices of the elements the formatter must see. */
    interface Indices {
        void forEach(LongConsumer action);
    }

    private final TensorData data;
    private final DType dtype;
    private final boolean floating;
    private final int precision;
    private boolean intMode = true;
    private boolean sciMode = false;
    private int maxWidth = 1;

    ElementFormatter(TensorData data, Indices indices, PrintOptions options) {
        this.data = data;
        this.dtype = data.dtype();
        this.floating = dtype.isFloatingPoint();
        this.precision = options.precision();
        if (!floating) {
            indices.forEach(i -> maxWidth = Math.max(maxWidth, integral(i).length()));
            return;
        }
        // _Formatter.__init__: statistics over the nonzero finite values only
        var stats = new LongConsumer() {
            long count;
            double min = Double.POSITIVE_INFINITY;
            double max = 0;

            @Override public void accept(long i) {
                double v = data.getDouble(i);
                if (!Double.isFinite(v) || v == 0) return;
                count++;
                double a = Math.abs(v);
                if (a < min) min = a;
                if (a > max) max = a;
                if (v != Math.ceil(v)) intMode = false;
            }
        };
        indices.forEach(stats);
        if (stats.count == 0) {
            // "no valid number, do nothing": PyTorch returns before applying PRINT_OPTS.sci_mode,
            // so all-zero / all-nonfinite tensors print in int mode ("0.") even with sci_mode=True.
            return;
        }
        double ratio = stats.max / stats.min;
        if (intMode) {
            if (ratio > 1000.0 || stats.max > 1.0e8) {
                sciMode = true;
                widen(indices, v -> PyFormat.sci(v, precision).length());
            } else {
                // +1 for the "." appended to integer-valued floats
                widen(indices, v -> PyFormat.fixed(v, 0).length() + 1);
            }
        } else if (ratio > 1000.0 || stats.max > 1.0e8 || stats.min < 1.0e-4) {
            sciMode = true;
            widen(indices, v -> PyFormat.sci(v, precision).length());
        } else {
            widen(indices, v -> PyFormat.fixed(v, precision).length());
        }
        // The forced mode replaces the choice but not max_width, which stays that of the automatic
        // style (so forcing sci on small numbers gives unpadded, wider strings, as in PyTorch).
        if (options.sciMode() != null) sciMode = options.sciMode();
    }

    private interface Width {
        int of(double v);
    }

    /** Max width over the nonzero finite values, as the loops over {@code nonzero_finite_vals}. */
    private void widen(Indices indices, Width width) {
        indices.forEach(i -> {
            double v = data.getDouble(i);
            if (Double.isFinite(v) && v != 0) maxWidth = Math.max(maxWidth, width.of(v));
        });
    }

    /** {@code _Formatter.width()}: the width every element is padded to. */
    int width() {
        return maxWidth;
    }

    /** {@code _Formatter.format(value)} for the element at flat index {@code i}. */
    String format(long i) {
        String ret;
        if (floating) {
            double v = data.getDouble(i);
            if (sciMode) {
                ret = PyFormat.sci(v, precision);
            } else if (intMode) {
                ret = PyFormat.fixed(v, 0);
                if (Double.isFinite(v)) ret += ".";
            } else {
                ret = PyFormat.fixed(v, precision);
            }
        } else {
            ret = integral(i);
        }
        return PyFormat.padLeft(ret, maxWidth);
    }

    /** Python's {@code '{}'.format(value)} of an int or bool element. */
    private String integral(long i) {
        long v = data.getLong(i);
        if (dtype.isBool()) return PyFormat.bool(v != 0);
        if (dtype == DType.UINT8) v &= 0xFF; // tolerate a signed byte read of uint8 storage
        return Long.toString(v);
    }
}
