package torch4j.print;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import torch4j.DType;

/**
 * PyTorch's tensor repr ({@code torch/_tensor_str.py}), character for character: number styles and
 * alignment ({@code _Formatter}), nested brackets, row wrapping at the line width, {@code ...}
 * summarization of large tensors, and the suffixes {@code device=}, {@code dtype=}, {@code size=}
 * and the caller's autograd parts, wrapped onto new lines as {@code _add_suffixes} does.
 *
 * <pre>{@code
 * jshell> TensorFormatter.repr(x, List.of("requires_grad=True"))
 * $1 ==> "tensor([[ 0.3367,  0.1288],
 *         [ 0.2345,  0.2303]], requires_grad=True)"
 * }</pre>
 */
public final class TensorFormatter {
    private static final String PREFIX = "tensor(";

    private TensorFormatter() {}

    /** {@link #repr(TensorData, List, PrintOptions)} with the {@linkplain PrintOptions#current() current options}. */
    public static String repr(TensorData t, List<String> trailingSuffixes) {
        return repr(t, trailingSuffixes, PrintOptions.current());
    }

    /**
     * The repr of a plain tensor, as {@code _str_intern}.
     *
     * @param t the tensor
     * @param trailingSuffixes autograd parts in PyTorch's order, appended after the printer's own
     *     {@code device=}/{@code size=}/{@code dtype=}: {@code "grad_fn=<AddBackward0>"} or
     *     {@code "requires_grad=True"}; empty for none
     * @param options print options
     * @throws IllegalStateException where PyTorch raises too: a summarized tensor of 2+ dims with
     *     {@code edgeitems == 0} ({@code stack expects a non-empty TensorList})
     */
    public static String repr(TensorData t, List<String> trailingSuffixes, PrintOptions options) {
        long[] shape = t.shape().clone();
        DType dtype = t.dtype();
        List<String> suffixes = new ArrayList<>();
        // Note [Print tensor device]: only a device other than the default (cpu) is printed
        if (!"cpu".equals(t.device())) suffixes.add("device='" + t.device() + "'");
        boolean hasDefaultDtype = dtype == DType.defaultFloat() || dtype == DType.INT64 || dtype == DType.BOOL;
        String tensorStr;
        if ("meta".equals(t.device())) {
            // a meta tensor has no values: "..." with its size, and the dtype unless the default float
            suffixes.add("size=" + pythonTuple(shape));
            if (dtype != DType.defaultFloat()) suffixes.add("dtype=" + dtype);
            tensorStr = "...";
        } else if (numel(shape) == 0) {
            // numpy-style: the shape is shown unless it is (0,); the dtype unless it is the default
            // float, since an empty tensor has no elements to tell int64 from float
            if (shape.length != 1) suffixes.add("size=" + pythonTuple(shape));
            if (dtype != DType.defaultFloat()) suffixes.add("dtype=" + dtype);
            tensorStr = "[]";
        } else {
            if (!hasDefaultDtype) suffixes.add("dtype=" + dtype);
            tensorStr = new Printer(t, shape, options).tensorStr(PREFIX.length());
        }
        suffixes.addAll(trailingSuffixes);
        return addSuffixes(PREFIX + tensorStr, suffixes, PREFIX.length(), options.linewidth());
    }

    /** {@link #parameterRepr(TensorData, List, PrintOptions)} with the current options. */
    public static String parameterRepr(TensorData t, List<String> trailingSuffixes) {
        return parameterRepr(t, trailingSuffixes, PrintOptions.current());
    }

    /**
     * The repr of an {@code nn.Parameter}: {@code "Parameter containing:\n"} then the tensor repr
     * (the caller passes {@code "requires_grad=True"} unless the parameter is frozen).
     */
    public static String parameterRepr(TensorData t, List<String> trailingSuffixes, PrintOptions options) {
        return "Parameter containing:\n" + repr(t, trailingSuffixes, options);
    }

    /**
     * {@code _add_suffixes}: each suffix goes after {@code ", "} unless the line would then exceed
     * the line width, in which case it starts a new line indented by {@code indent}.
     */
    static String addSuffixes(String tensorStr, List<String> suffixes, int indent, int linewidth) {
        StringBuilder sb = new StringBuilder(tensorStr);
        // PyTorch's arithmetic, kept as is: this counts two more than the last line's length
        int lastLineLen = tensorStr.length() - tensorStr.lastIndexOf('\n') + 1;
        for (String suffix : suffixes) {
            int suffixLen = suffix.length();
            if (lastLineLen + suffixLen + 2 > linewidth) {
                sb.append(",\n").repeat(' ', indent).append(suffix);
                lastLineLen = indent + suffixLen;
            } else {
                sb.append(", ").append(suffix);
                lastLineLen += suffixLen + 2;
            }
        }
        return sb.append(')').toString();
    }

    /** Python's {@code str(tuple(shape))}: {@code (2, 0, 4)}, {@code (0,)}. */
    static String pythonTuple(long[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(shape[i]);
        }
        if (shape.length == 1) sb.append(',');
        return sb.append(')').toString();
    }

    static long numel(long[] shape) {
        long n = 1;
        for (long d : shape) n *= d;
        return n;
    }

    /** One print of one non-empty tensor: {@code _tensor_str} and the functions it calls. */
    private static final class Printer {
        private final TensorData data;
        private final long[] shape;
        private final long[] strides;
        private final PrintOptions opts;
        private final int edge;
        private final boolean summarize;
        private ElementFormatter formatter;

        Printer(TensorData data, long[] shape, PrintOptions opts) {
            this.data = data;
            this.shape = shape;
            this.opts = opts;
            this.edge = opts.edgeitems();
            this.strides = new long[shape.length];
            long s = 1;
            for (int d = shape.length - 1; d >= 0; d--) {
                strides[d] = s;
                s *= shape[d];
            }
            this.summarize = numel(shape) > opts.threshold();
        }

        /** {@code _tensor_str}: the formatter sees only the summarized data when summarizing. */
        String tensorStr(int indent) {
            ElementFormatter.Indices seen = summarize
                    ? action -> summarizedIndices(0, 0, action)
                    : action -> {
                        long n = numel(shape);
                        for (long i = 0; i < n; i++) action.accept(i);
                    };
            formatter = new ElementFormatter(data, seen, opts);
            return withFormatter(0, 0, indent);
        }

        /**
         * {@code get_summarized_data}: the elements kept, without copying. Along the last dim,
         * {@code self[:e]} and {@code self[-e:]}; with {@code e == 0} that is {@code self[-0:]},
         * the whole row. Along outer dims PyTorch stacks the first and last {@code e} slices,
         * which fails for {@code e == 0}.
         */
        private void summarizedIndices(int dim, long offset, LongConsumer action) {
            int rest = shape.length - dim;
            if (rest == 0) {
                action.accept(offset);
                return;
            }
            long size = shape[dim];
            if (size > 2L * edge) {
                if (rest > 1 && edge == 0) throw new IllegalStateException("stack expects a non-empty TensorList");
                long tailStart = edge == 0 ? 0 : size - edge;
                for (long i = 0; i < edge; i++) summarizedChild(dim, offset, i, rest, action);
                for (long i = tailStart; i < size; i++) summarizedChild(dim, offset, i, rest, action);
            } else {
                for (long i = 0; i < size; i++) summarizedChild(dim, offset, i, rest, action);
            }
        }

        private void summarizedChild(int dim, long offset, long i, int rest, LongConsumer action) {
            long at = offset + i * strides[dim];
            if (rest == 1) action.accept(at);
            else summarizedIndices(dim + 1, at, action);
        }

        /** {@code _tensor_str_with_formatter} for the sub-tensor starting at {@code dim}, {@code offset}. */
        private String withFormatter(int dim, long offset, int indent) {
            int rest = shape.length - dim;
            if (rest == 0) return formatter.format(offset); // _scalar_str
            if (rest == 1) return vectorStr(dim, offset, indent);
            long size = shape[dim];
            List<String> slices = new ArrayList<>();
            if (summarize && size > 2L * edge) {
                for (long i = 0; i < edge; i++) slices.add(withFormatter(dim + 1, offset + i * strides[dim], indent + 1));
                slices.add("...");
                for (long i = size - edge; i < size; i++) slices.add(withFormatter(dim + 1, offset + i * strides[dim], indent + 1));
            } else {
                for (long i = 0; i < size; i++) slices.add(withFormatter(dim + 1, offset + i * strides[dim], indent + 1));
            }
            // blocks of a k-dim tensor are separated by k-1 newlines (blank lines from 3-D on)
            String sep = "," + "\n".repeat(rest - 1) + " ".repeat(indent + 1);
            return "[" + String.join(sep, slices) + "]";
        }

        /** {@code _vector_str}: elements with ", ", wrapped so a line holds a whole number of elements. */
        private String vectorStr(int dim, long offset, int indent) {
            int elementLength = formatter.width() + 2; // includes the ", " between elements
            int elementsPerLine = Math.max(1, Math.floorDiv(opts.linewidth() - indent, elementLength));
            long size = shape[dim];
            long stride = strides[dim];
            List<String> items = new ArrayList<>();
            if (summarize && size > 2L * edge) {
                for (long i = 0; i < edge; i++) items.add(formatter.format(offset + i * stride));
                items.add(" ...");
                long tailStart = edge == 0 ? 0 : size - edge; // self[-0:] is the whole row
                for (long i = tailStart; i < size; i++) items.add(formatter.format(offset + i * stride));
            } else {
                for (long i = 0; i < size; i++) items.add(formatter.format(offset + i * stride));
            }
            StringBuilder sb = new StringBuilder("[");
            String lineSep = ",\n" + " ".repeat(indent + 1);
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) sb.append(i % elementsPerLine == 0 ? lineSep : ", ");
                sb.append(items.get(i));
            }
            return sb.append(']').toString();
        }
    }
}
