package torch4j.nn.functional;

import torch4j.NnFunctions;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.random.Bernoulli;

/**
 * The functional namespace, PyTorch's {@code torch.nn.functional} (imported as {@code F}):
 * stateless functions on tensors. Names are PyTorch's in camelCase; Python keyword arguments
 * become overloads. Random functions draw from the global generator exactly as PyTorch 1.13
 * does on the CPU.
 *
 * <pre>{@code
 * jshell> manualSeed(0); F.dropout(ones(8), 0.5, true)
 * $1 ==> tensor([0., 0., 2., 0., 0., 0., 2., 2.])
 * }</pre>
 */
public final class F {
    private F() {}

    // ---------------------------------------------------------------- dropout

    /**
     * {@code F.dropout(x, p=0.5, training=True)}: zeroes each element with probability p and
     * scales the rest by 1 / (1 − p). As PyTorch 1.13 on the CPU: a contiguous noise tensor
     * filled by {@code bernoulli_(1 − p)} (two engine words per element, row-major), divided
     * by {@code 1 − p} in the input's dtype, then {@code x × noise}. Returns {@code x} itself,
     * drawing nothing, when p = 0, when not training or when x is empty; p = 1 gives
     * {@code x × 0} without drawing.
     *
     * <pre>{@code
     * jshell> manualSeed(42); F.dropout(ones(6), 0.2, true)
     * $1 ==> tensor([1.2500, 1.2500, 1.2500, 1.2500, 1.2500, 1.2500])
     * }</pre>
     *
     * @throws IllegalArgumentException "dropout probability has to be between 0 and 1, but got …"
     */
    public static Tensor dropout(Tensor x, double p, boolean training) {
        Bernoulli.checkDropoutP(p);
        if (p == 0 || !training || x.numel() == 0) return x;
        if (p == 1) return x.mul(Torch.zeros(new long[0], x.dtype()));
        Tensor noise = Torch.empty(x.shape().toArray(), x.dtype()).bernoulli_(1 - p).div_(1 - p);
        return x.mul(noise);
    }

    /** {@code F.dropout(x, p)} in training mode. */
    public static Tensor dropout(Tensor x, double p) {
        return dropout(x, p, true);
    }

    /** {@code F.dropout(x)}: p = 0.5, training. */
    public static Tensor dropout(Tensor x) {
        return dropout(x, 0.5, true);
    }

    /**
     * {@code F.dropout(x, p, training, inplace=True)}: the same draws and values as
     * {@link #dropout(Tensor, double, boolean)}, written into {@code x}.
     *
     * <pre>{@code
     * jshell> manualSeed(0); var x = ones(4); F.dropout_(x, 0.5, true); x
     * x ==> tensor([0., 0., 2., 0.])
     * }</pre>
     */
    public static Tensor dropout_(Tensor x, double p, boolean training) {
        Bernoulli.checkDropoutP(p);
        if (p == 0 || !training || x.numel() == 0) return x;
        if (p == 1) return x.mul_(Torch.zeros(new long[0], x.dtype()));
        Tensor noise = Torch.empty(x.shape().toArray(), x.dtype()).bernoulli_(1 - p).div_(1 - p);
        return x.mul_(noise);
    }

    /**
     * {@code F.dropout2d(x, p=0.5, training=True)}: channel-wise dropout — one Bernoulli per
     * (sample, channel), drawn row-major into an (N, C, 1, 1) noise tensor, divided by
     * {@code 1 − p} and broadcast over the spatial dimensions. As in PyTorch 1.13, a 3-D input is
     * read as (N, C, L) (one draw per (dim 0, dim 1) pair) with PyTorch's warning, and inputs
     * that are neither 3-D nor 4-D are accepted with its deprecation warning.
     *
     * <pre>{@code
     * jshell> manualSeed(0); F.dropout2d(ones(1, 4, 1, 1), 0.5, true).flatten()
     * $1 ==> tensor([0., 0., 2., 0.])
     * }</pre>
     *
     * @throws IllegalArgumentException "dropout probability has to be between 0 and 1, but got …",
     *         or PyTorch's error for fewer than 2 dimensions
     */
    public static Tensor dropout2d(Tensor x, double p, boolean training) {
        Bernoulli.checkDropoutP(p);
        int dim = x.dim();
        if (dim != 3 && dim != 4) {
            warn("dropout2d: Received a " + dim + "-D input to dropout2d, which is deprecated "
                    + "and will result in an error in a future release. To retain the behavior "
                    + "and silence this warning, please use dropout instead. Note that dropout2d "
                    + "exists to provide channel-wise dropout on inputs with 2 spatial dimensions, "
                    + "a channel dimension, and an optional batch dimension (i.e. 3D or 4D inputs).");
        }
        if (dim == 3) {
            warn("dropout2d: Received a 3D input to dropout2d and assuming that channel-wise "
                    + "1D dropout behavior is desired - input is interpreted as shape (N, C, L), where C "
                    + "is the channel dim. This behavior will change in a future release to interpret the "
                    + "input as one without a batch dimension, i.e. shape (C, H, W). To maintain the 1D "
                    + "channel-wise dropout behavior, please switch to using dropout1d instead.");
        }
        return featureDropout(x, p, training);
    }

    /** {@code F.dropout2d(x, p)} in training mode. */
    public static Tensor dropout2d(Tensor x, double p) {
        return dropout2d(x, p, true);
    }

    /** ATen's {@code feature_dropout}: noise of shape (N, C, 1, …, 1). */
    private static Tensor featureDropout(Tensor x, double p, boolean training) {
        if (p == 0 || !training || x.numel() == 0) return x;
        if (p == 1) return x.mul(Torch.zeros(new long[0], x.dtype()));
        if (x.dim() < 2) {
            throw new IllegalArgumentException("Feature dropout requires at least 2 dimensions in the input");
        }
        long[] noiseShape = new long[x.dim()];
        java.util.Arrays.fill(noiseShape, 1);
        noiseShape[0] = x.size(0);
        noiseShape[1] = x.size(1);
        Tensor noise = Torch.empty(noiseShape, x.dtype()).bernoulli_(1 - p).div_(1 - p);
        return x.mul(noise);
    }

    private static void warn(String message) {
        System.err.println("UserWarning: " + message);
    }

    // ---------------------------------------------------------------- linear (helper nn)

    /**
     * {@code F.linear(x, weight, bias)}: x·weightᵀ + bias. A 2-D input with a bias is one
     * {@code addmm} ({@code AddmmBackward0}); a contiguous 3-D input is flattened into it and viewed
     * back, as PyTorch 1.13 does; other inputs use matmul then add.
     * <pre>{@code
     * jshell> F.linear(ones(1, 2), ones(3, 2), zeros(3))
     * $1 ==> tensor([[2., 2., 2.]])
     * }</pre>
     */
    public static Tensor linear(Tensor x, Tensor weight, Tensor bias) {
        if (bias != null && x.dim() == 2) return NnFunctions.addmm(bias, x, weight.t());
        if (bias != null && x.dim() == 3 && x.isContiguous()) {
            long a = x.size(0), b = x.size(1);
            Tensor out = NnFunctions.addmm(bias, x.view(a * b, x.size(2)), weight.t());
            return out.view(a, b, out.size(1));
        }
        Tensor out = x.matmul(weight.t());
        return bias == null ? out : out.add(bias);
    }

    /** {@code F.linear(x, weight)}: x·weightᵀ without bias. */
    public static Tensor linear(Tensor x, Tensor weight) { return linear(x, weight, null); }

    // ---------------------------------------------------------------- activations (helper nn)

    /** {@code F.relu(x)}: max(x, 0), {@code ReluBackward0}. */
    public static Tensor relu(Tensor x) { return x.relu(); }

    /** {@code F.relu(x, inplace)}: in place when {@code inplace}. */
    public static Tensor relu(Tensor x, boolean inplace) { return inplace ? x.relu_() : x.relu(); }
}
