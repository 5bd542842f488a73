package torch4j;

import java.util.Arrays;
import torch4j.autograd.GradMode;

/**
 * {@code F.pad(x, pad, "reflect" | "replicate")} over the last 1, 2 or 3 dims, as ATen 1.13's
 * {@code reflection_pad1d/2d/3d} and {@code replication_pad1d/2d/3d}: their argument checks and
 * messages (which differ from one kernel to the next, quirks included), then one gather per padded
 * dim. Each output position reads one source, {@code reflect(o − before)} or
 * {@code clamp(o − before)}, which also covers negative pads (they crop). The gradient sums the
 * output gradient back onto the sources: per dim a matmul with that dim's one-hot (out × in)
 * matrix, so it is differentiable again. One node, PyTorch's {@code ReflectionPad3DBackward0} & co.
 */
final class EdgePad {
    private EdgePad() {}

    private static final String[] REFLECT_NODES = {"ReflectionPad1DBackward0", "ReflectionPad2DBackward0", "ReflectionPad3DBackward0"};
    private static final String[] REPLICATE_NODES = {"ReplicationPad1DBackward0", "ReplicationPad2DBackward0", "ReplicationPad3DBackward0"};

    /** {@code pad} holds (before, after) pairs from the last dim backwards; 2, 4 or 6 values on a tensor of pad.length / 2 + 1 or + 2 dims. */
    static Tensor pad(Tensor x, long[] pad, boolean reflect) {
        int k = pad.length / 2, dims = x.dim();
        checkInput(x, k, reflect);
        long[] in = new long[k], out = new long[k];   // per padded dim, last dim first
        for (int i = 0; i < k; i++) {
            int d = dims - 1 - i;
            in[i] = x.shape[d];
            out[i] = in[i] + pad[2 * i] + pad[2 * i + 1];
            if (reflect && (pad[2 * i] >= in[i] || pad[2 * i + 1] >= in[i]))
                throw new IllegalArgumentException("Argument #" + (4 + 2 * i) + ": Padding size should be less than the corresponding input dimension,"
                        + " but got: padding (" + pad[2 * i] + ", " + pad[2 * i + 1] + ") at dimension " + d + " of input "
                        + (k == 2 ? Integer.toString(dims) : Arrays.toString(x.shape)));
        }
        checkOutputSize(x, in, out, k, reflect);
        String kernel = (reflect ? "reflection_pad" : "replication_pad") + k + "d" + (reflect && k < 3 ? "" : "_cpu");
        if (!x.dtype().isFloatingPoint())
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '" + SpatialFunctions.scalarName(x.dtype()) + "'");
        Resampling.Axis[] axes = new Resampling.Axis[k];
        for (int i = 0; i < k; i++) axes[i] = Resampling.padAxis((int) in[i], (int) pad[2 * i], (int) pad[2 * i + 1], reflect);
        String node = (reflect ? REFLECT_NODES : REPLICATE_NODES)[k - 1];
        if (!Recording.needed(x)) return gather(x, axes);
        Tensor[] onehot = new Tensor[k];
        for (int i = 0; i < k; i++) onehot[i] = axes[i].matrix(x.dtype(), x.device());
        return Recording.record(node, (n, g) -> new Tensor[]{scatter(g, onehot)}, () -> gather(x, axes), new Tensor[]{x});
    }

    private static Tensor gather(Tensor x, Resampling.Axis[] axes) {
        try (var _ = GradMode.noGrad()) {
            Tensor y = x;
            for (int i = 0; i < axes.length; i++) y = y.indexSelect(-1 - i, axes[i].index(x.device()));
            return y.contiguous();
        }
    }

    /** The gradient: along each padded dim, {@code g · onehot} (sums the outputs that read a source). */
    private static Tensor scatter(Tensor g, Tensor[] onehot) {
        for (int i = 0; i < onehot.length; i++)
            g = i == 0 ? g.matmul(onehot[i]) : g.transpose(-1 - i, -1).matmul(onehot[i]).transpose(-1 - i, -1);
        return g;
    }

    /** Which shapes each kernel takes: batch may be empty, and, except where noted, no other dim. */
    private static void checkInput(Tensor x, int k, boolean reflect) {
        int dims = x.dim();
        boolean batched = dims == k + 2, ok = true;
        // reflection_pad1d/2d accept an unbatched input without channels; the others do not
        for (int d = batched || (reflect && k < 3) ? 1 : 0; d < dims; d++) ok &= x.shape[d] != 0;
        if (ok) return;
        if (reflect && k < 3)
            throw new IllegalArgumentException((k + 1) + "D or " + (k + 2) + "D (batch mode) tensor expected for input, but got: [ torch."
                    + Views.legacyTypeName(x) + "{" + joined(x.shape, ",") + "} ]");
        throw new IllegalArgumentException("Expected " + (k + 1) + "D or " + (k + 2) + "D (batch mode) tensor with possibly 0 batch size and other"
                + " non-zero dimensions for input, but got: " + Arrays.toString(x.shape));
    }

    /** "too small" only when every padded dim comes out empty or negative, as ATen checks; otherwise a negative size fails as its allocation. */
    private static void checkOutputSize(Tensor x, long[] in, long[] out, int k, boolean reflect) {
        boolean anyPositive = false, anyNegative = false;
        for (long o : out) { anyPositive |= o >= 1; anyNegative |= o < 0; }
        if (!anyPositive) {
            String msg = switch (k) {
                case 1 -> (reflect ? "2input (W: " + in[0] + ")is" : "input (W: " + in[0] + ") is") + " too small. Calculated output W: " + out[0];
                case 2 -> "input (H: " + in[1] + ", W: " + in[0] + (reflect ? ")is" : " ) is") + " too small. Calculated output H: " + out[1] + " W: " + out[0];
                default -> "input (D: " + in[2] + " H: " + in[1] + ", W: " + in[0] + ") is too small. Calculated output D: " + out[2]
                        + " H: " + out[1] + " W: " + out[0];
            };
            throw new IllegalArgumentException(msg);
        }
        if (!anyNegative) return;
        if (reflect && k == 2) throw new IllegalArgumentException("numel: integer multiplication overflow");   // reflection_pad2d's resize_
        long[] shape = x.shape.clone();
        for (int i = 0; i < k; i++) shape[x.dim() - 1 - i] = out[i];
        long first = Arrays.stream(shape).filter(s -> s < 0).findFirst().orElseThrow();
        throw new IllegalArgumentException("Trying to create tensor with negative dimension " + first + ": " + Arrays.toString(shape));
    }

    private static String joined(long[] v, String sep) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) b.append(i > 0 ? sep : "").append(v[i]);
        return b.toString();
    }
}
