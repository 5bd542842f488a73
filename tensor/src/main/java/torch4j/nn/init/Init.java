package torch4j.nn.init;

import java.util.Locale;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * PyTorch's {@code torch.nn.init}: in-place initialisers that draw exactly PyTorch 1.13's
 * numbers from the global generator ({@link Torch#manualSeed}). As in PyTorch 1.13, none of
 * these takes a generator argument. Each returns the tensor it filled.
 *
 * <pre>{@code
 * jshell> manualSeed(0); Init.kaimingUniform_(empty(2, 3), Math.sqrt(5), "fan_in", "leaky_relu")
 * $1 ==> tensor([[-0.0043,  0.3097, -0.4752],
 *                [-0.4249, -0.2224,  0.1548]])
 * }</pre>
 */
public final class Init {
    private Init() {}

    // ---------------------------------------------------------------- gain and fans

    /**
     * {@code calculate_gain(nonlinearity)}: 1 for linear/conv/sigmoid, 5/3 tanh, sqrt(2) relu,
     * sqrt(2 / (1 + 0.01²)) leaky_relu, 3/4 selu.
     *
     * <pre>{@code
     * jshell> Init.calculateGain("tanh")
     * $1 ==> 1.6666666666666667
     * }</pre>
     *
     * @throws IllegalArgumentException "Unsupported nonlinearity …"
     */
    public static double calculateGain(String nonlinearity) {
        return gain(nonlinearity, 0.01);
    }

    /**
     * {@code calculate_gain(nonlinearity, param)}: {@code param} is leaky_relu's negative slope
     * (ignored by the others).
     *
     * <pre>{@code
     * jshell> Init.calculateGain("leaky_relu", 0.2)
     * $1 ==> 1.3867504905630728
     * }</pre>
     */
    public static double calculateGain(String nonlinearity, double param) {
        return gain(nonlinearity, param);
    }

    private static double gain(String nonlinearity, double negativeSlope) {
        return switch (nonlinearity) {
            case "linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d",
                 "conv_transpose3d", "sigmoid" -> 1;
            case "tanh" -> 5.0 / 3;
            case "relu" -> Math.sqrt(2.0);
            case "leaky_relu" -> Math.sqrt(2.0 / (1 + negativeSlope * negativeSlope));
            case "selu" -> 3.0 / 4;
            default -> throw new IllegalArgumentException("Unsupported nonlinearity " + nonlinearity);
        };
    }

    /**
     * {@code _calculate_fan_in_and_fan_out}: {fan_in, fan_out} = {size(1), size(0)} × the
     * product of the remaining (receptive field) dimensions.
     *
     * <pre>{@code
     * jshell> Init.calculateFanInAndFanOut(empty(4, 2, 3, 3))
     * $1 ==> long[2] { 18, 36 }
     * }</pre>
     *
     * @throws IllegalArgumentException for fewer than 2 dimensions, with PyTorch's message
     */
    public static long[] calculateFanInAndFanOut(Tensor tensor) {
        if (tensor.dim() < 2) {
            throw new IllegalArgumentException(
                    "Fan in and fan out can not be computed for tensor with fewer than 2 dimensions");
        }
        long receptive = 1;
        for (int d = 2; d < tensor.dim(); d++) receptive *= tensor.size(d);
        return new long[] {tensor.size(1) * receptive, tensor.size(0) * receptive};
    }

    private static long correctFan(Tensor tensor, String mode) {
        String m = mode.toLowerCase(Locale.ROOT);
        if (!m.equals("fan_in") && !m.equals("fan_out")) {
            throw new IllegalArgumentException("Mode " + m + " not supported, please use one of ['fan_in', 'fan_out']");
        }
        long[] fans = calculateFanInAndFanOut(tensor);
        return m.equals("fan_in") ? fans[0] : fans[1];
    }

    // ---------------------------------------------------------------- plain fills

    /**
     * {@code uniform_(tensor)}: U(0, 1).
     *
     * <pre>{@code
     * jshell> manualSeed(0); Init.uniform_(empty(3))
     * $1 ==> tensor([0.4963, 0.7682, 0.0885])
     * }</pre>
     */
    public static Tensor uniform_(Tensor tensor) {
        return tensor.uniform_(0, 1);
    }

    /** {@code uniform_(tensor, a, b)}: U(a, b), as {@link Tensor#uniform_(double, double)}. */
    public static Tensor uniform_(Tensor tensor, double a, double b) {
        return tensor.uniform_(a, b);
    }

    /**
     * {@code normal_(tensor)}: N(0, 1).
     *
     * <pre>{@code
     * jshell> manualSeed(0); Init.normal_(empty(3))
     * $1 ==> tensor([ 1.5410, -0.2934, -2.1788])
     * }</pre>
     */
    public static Tensor normal_(Tensor tensor) {
        return tensor.normal_(0, 1);
    }

    /** {@code normal_(tensor, mean, std)}: N(mean, std²), as {@link Tensor#normal_(double, double)}. */
    public static Tensor normal_(Tensor tensor, double mean, double std) {
        return tensor.normal_(mean, std);
    }

    /**
     * {@code constant_(tensor, val)}.
     *
     * <pre>{@code
     * jshell> Init.constant_(empty(2), 0.3)
     * $1 ==> tensor([0.3000, 0.3000])
     * }</pre>
     */
    public static Tensor constant_(Tensor tensor, double val) {
        return tensor.fill_(val);
    }

    /** {@code ones_(tensor)}. <pre>{@code jshell> Init.ones_(empty(2)) ==> tensor([1., 1.]) }</pre> */
    public static Tensor ones_(Tensor tensor) {
        return tensor.fill_(1.0);
    }

    /** {@code zeros_(tensor)}. <pre>{@code jshell> Init.zeros_(empty(2)) ==> tensor([0., 0.]) }</pre> */
    public static Tensor zeros_(Tensor tensor) {
        return tensor.zero_();
    }

    /**
     * {@code eye_(tensor)}: the (rectangular) identity on a 2-D tensor.
     *
     * <pre>{@code
     * jshell> Init.eye_(empty(2, 3))
     * $1 ==> tensor([[1., 0., 0.],
     *                [0., 1., 0.]])
     * }</pre>
     *
     * @throws IllegalArgumentException "Only tensors with 2 dimensions are supported"
     */
    public static Tensor eye_(Tensor tensor) {
        if (tensor.dim() != 2) throw new IllegalArgumentException("Only tensors with 2 dimensions are supported");
        return tensor.copy_(Torch.eye(tensor.size(0), tensor.size(1), tensor.dtype()));
    }

    // ---------------------------------------------------------------- Glorot / He

    /** {@code xavier_uniform_(tensor)} with gain 1. */
    public static Tensor xavierUniform_(Tensor tensor) {
        return xavierUniform_(tensor, 1.0);
    }

    /**
     * {@code xavier_uniform_(tensor, gain)}: U(−a, a) with a = gain × sqrt(3) × sqrt(2 / (fan_in + fan_out)).
     *
     * <pre>{@code
     * jshell> manualSeed(0); Init.xavierUniform_(empty(3, 5))
     * }</pre>
     */
    public static Tensor xavierUniform_(Tensor tensor, double gain) {
        long[] fans = calculateFanInAndFanOut(tensor);
        double std = gain * Math.sqrt(2.0 / (double) (fans[0] + fans[1]));
        double a = Math.sqrt(3.0) * std;
        return tensor.uniform_(-a, a);
    }

    /** {@code xavier_normal_(tensor)} with gain 1. */
    public static Tensor xavierNormal_(Tensor tensor) {
        return xavierNormal_(tensor, 1.0);
    }

    /**
     * {@code xavier_normal_(tensor, gain)}: N(0, std²) with std = gain × sqrt(2 / (fan_in + fan_out)).
     *
     * <pre>{@code
     * jshell> manualSeed(0); Init.xavierNormal_(empty(3, 5), 2.0)
     * }</pre>
     */
    public static Tensor xavierNormal_(Tensor tensor, double gain) {
        long[] fans = calculateFanInAndFanOut(tensor);
        double std = gain * Math.sqrt(2.0 / (double) (fans[0] + fans[1]));
        return tensor.normal_(0.0, std);
    }

    /** {@code kaiming_uniform_(tensor)}: a = 0, mode "fan_in", nonlinearity "leaky_relu". */
    public static Tensor kaimingUniform_(Tensor tensor) {
        return kaimingUniform_(tensor, 0, "fan_in", "leaky_relu");
    }

    /** {@code kaiming_uniform_(tensor, a)} with mode "fan_in" and nonlinearity "leaky_relu". */
    public static Tensor kaimingUniform_(Tensor tensor, double a) {
        return kaimingUniform_(tensor, a, "fan_in", "leaky_relu");
    }

    /**
     * {@code kaiming_uniform_(tensor, a, mode, nonlinearity)}: U(−bound, bound) with
     * bound = sqrt(3) × gain / sqrt(fan), gain = {@code calculateGain(nonlinearity, a)}.
     * A tensor with a zero-size dimension is left alone (with PyTorch's warning).
     *
     * <pre>{@code
     * jshell> manualSeed(0); Init.kaimingUniform_(empty(2, 3), Math.sqrt(5), "fan_in", "leaky_relu")
     * $1 ==> tensor([[-0.0043,  0.3097, -0.4752],
     *                [-0.4249, -0.2224,  0.1548]])
     * }</pre>
     *
     * @param mode "fan_in" or "fan_out" (any case)
     */
    public static Tensor kaimingUniform_(Tensor tensor, double a, String mode, String nonlinearity) {
        if (hasZeroDim(tensor)) return tensor;
        double std = gain(nonlinearity, a) / Math.sqrt(correctFan(tensor, mode));
        double bound = Math.sqrt(3.0) * std;
        return tensor.uniform_(-bound, bound);
    }

    /** {@code kaiming_normal_(tensor)}: a = 0, mode "fan_in", nonlinearity "leaky_relu". */
    public static Tensor kaimingNormal_(Tensor tensor) {
        return kaimingNormal_(tensor, 0, "fan_in", "leaky_relu");
    }

    /** {@code kaiming_normal_(tensor, a)} with mode "fan_in" and nonlinearity "leaky_relu". */
    public static Tensor kaimingNormal_(Tensor tensor, double a) {
        return kaimingNormal_(tensor, a, "fan_in", "leaky_relu");
    }

    /**
     * {@code kaiming_normal_(tensor, a, mode, nonlinearity)}: N(0, std²) with
     * std = gain / sqrt(fan).
     *
     * <pre>{@code
     * jshell> manualSeed(0); Init.kaimingNormal_(empty(3, 5), 0, "fan_out", "relu")
     * }</pre>
     */
    public static Tensor kaimingNormal_(Tensor tensor, double a, String mode, String nonlinearity) {
        if (hasZeroDim(tensor)) return tensor;
        double std = gain(nonlinearity, a) / Math.sqrt(correctFan(tensor, mode));
        return tensor.normal_(0, std);
    }

    private static boolean hasZeroDim(Tensor tensor) {
        for (int d = 0; d < tensor.dim(); d++) {
            if (tensor.size(d) == 0) {
                warn("Initializing zero-element tensors is a no-op");
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- truncated normal, orthogonal

    /** {@code trunc_normal_(tensor)}: mean 0, std 1, truncated to [−2, 2]. */
    public static Tensor truncNormal_(Tensor tensor) {
        return truncNormal_(tensor, 0, 1, -2, 2);
    }

    /**
     * {@code trunc_normal_(tensor, mean, std, a, b)} as PyTorch 1.13 computes it:
     * {@code uniform_(2l − 1, 2u − 1)} with l, u the normal CDF at the standardised bounds,
     * then {@code erfinv_}, {@code × std·sqrt(2)}, {@code + mean}, {@code clamp_(a, b)}.
     *
     * <pre>{@code
     * jshell> manualSeed(0); Init.truncNormal_(empty(3), 0, 0.02, -0.04, 0.04)
     * }</pre>
     */
    public static Tensor truncNormal_(Tensor tensor, double mean, double std, double a, double b) {
        if (mean < a - 2 * std || mean > b + 2 * std) {
            warn("mean is more than 2 std from [a, b] in nn.init.trunc_normal_. "
                    + "The distribution of values may be incorrect.");
        }
        double l = normCdf((a - mean) / std);
        double u = normCdf((b - mean) / std);
        tensor.uniform_(2 * l - 1, 2 * u - 1);
        Erf.erfinv_(tensor);
        tensor.mul_(std * Math.sqrt(2.0));
        tensor.add_(mean);
        return tensor.clamp_(a, b);
    }

    private static double normCdf(double x) {
        return (1.0 + Erf.erf(x / Math.sqrt(2.0))) / 2.0;
    }

    /** {@code orthogonal_(tensor)} with gain 1. */
    public static Tensor orthogonal_(Tensor tensor) {
        return orthogonal_(tensor, 1.0);
    }

    /**
     * {@code orthogonal_(tensor, gain)}: a (semi-)orthogonal matrix from the QR factorisation
     * of a (rows, numel / rows) standard normal draw (transposed first when rows &lt; cols), its
     * columns signed by the diagonal of R, then {@code × gain}. The QR is a Householder
     * factorisation in float64 (PyTorch calls LAPACK {@code geqrf} in the tensor's dtype), so
     * float32 results agree with PyTorch to rounding, not bit for bit.
     *
     * <pre>{@code
     * jshell> manualSeed(0); var w = Init.orthogonal_(empty(3, 5)); w.matmul(w.t())
     * }</pre>
     *
     * @throws IllegalArgumentException "Only tensors with 2 or more dimensions are supported"
     */
    public static Tensor orthogonal_(Tensor tensor, double gain) {
        if (tensor.dim() < 2) throw new IllegalArgumentException("Only tensors with 2 or more dimensions are supported");
        if (tensor.numel() == 0) return tensor;
        int rows = (int) tensor.size(0);
        int cols = (int) (tensor.numel() / rows);
        Tensor flattened = Torch.empty(new long[] {rows, cols}, tensor.dtype()).normal_(0, 1);
        boolean wide = rows < cols;
        double[] a = (wide ? flattened.t() : flattened).toDoubleArray();
        int m = Math.max(rows, cols), n = Math.min(rows, cols);
        double[] q = Householder.orthonormalFactor(a, m, n);
        Tensor qt = Torch.from(q).reshape(m, n);
        if (wide) qt = qt.t();
        DType dtype = tensor.dtype();
        tensor.copy_(qt.to(dtype).reshape(tensor.shape().toLongArray()));
        return tensor.mul_(gain);
    }

    private static void warn(String message) {
        System.err.println("UserWarning: " + message);
    }
}
