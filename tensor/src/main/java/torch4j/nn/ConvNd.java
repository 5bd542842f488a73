package torch4j.nn;

import java.util.Arrays;
import java.util.Set;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.functional.F;

/**
 * What the convolution modules ({@link Conv1d}, {@link Conv2d}, {@link Conv3d} and the transposed
 * {@link ConvTranspose1d}, {@link ConvTranspose2d}, {@link ConvTranspose3d}) share (PyTorch's
 * {@code _ConvNd}): the options, the weight (out, in / groups, *kernel) — (in, out / groups,
 * *kernel) when transposed — and bias, PyTorch's default initialisation and repr.
 *
 * <pre>{@code
 * jshell> new Conv2d(1, 6, 5)
 * $1 ==> Conv2d(1, 6, kernel_size=(5, 5), stride=(1, 1))
 * }</pre>
 */
public abstract class ConvNd extends Module {
    /** Channels in and out. */
    public final long inChannels, outChannels;
    /** Per spatial dim: kernel size, stride, dilation, and output padding (transposed; zeros otherwise). */
    public final int[] kernelSize, stride, dilation, outputPadding;
    /** Padding per spatial dim; null when given as the string {@link #paddingString}. */
    public final int[] padding;
    /** "same" or "valid" when padding was given as a string, else null. */
    public final String paddingString;
    /** Channel groups: each output group sees only its input group. */
    public final int groups;
    /** "zeros", "reflect", "replicate" or "circular". */
    public final String paddingMode;
    /** Whether this is a transposed convolution. */
    public final boolean transposed;
    /** (out, in / groups, *kernel), or (in, out / groups, *kernel) when transposed. */
    public final Parameter weight;
    /** The bias, or null for {@code bias=False}. */
    public final Parameter bias;

    private static final Set<String> MODES = Set.of("zeros", "reflect", "replicate", "circular");

    ConvNd(long inChannels, long outChannels, int[] kernelSize, int[] stride, int[] padding, String paddingString, int[] dilation,
           boolean transposed, int[] outputPadding, int groups, boolean bias, String paddingMode) {
        if (groups <= 0) throw new IllegalArgumentException("groups must be a positive integer");
        if (inChannels % groups != 0) throw new IllegalArgumentException("in_channels must be divisible by groups");
        if (outChannels % groups != 0) throw new IllegalArgumentException("out_channels must be divisible by groups");
        if (paddingString != null) {
            if (!paddingString.equals("same") && !paddingString.equals("valid"))
                throw new IllegalArgumentException("Invalid padding string '" + paddingString + "', should be one of {'valid', 'same'}");
            if (paddingString.equals("same") && Arrays.stream(stride).anyMatch(s -> s != 1))
                throw new IllegalArgumentException("padding='same' is not supported for strided convolutions");
        }
        if (!MODES.contains(paddingMode))
            throw new IllegalArgumentException("padding_mode must be one of {'zeros', 'circular', 'reflect', 'replicate'}, but got padding_mode='" + paddingMode + "'");
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.kernelSize = kernelSize;
        this.stride = stride;
        this.padding = padding;
        this.paddingString = paddingString;
        this.dilation = dilation;
        this.transposed = transposed;
        this.outputPadding = outputPadding;
        this.groups = groups;
        this.paddingMode = paddingMode;
        long[] shape = new long[2 + kernelSize.length];
        shape[0] = transposed ? inChannels : outChannels;
        shape[1] = (transposed ? outChannels : inChannels) / groups;
        for (int i = 0; i < kernelSize.length; i++) shape[2 + i] = kernelSize[i];
        this.weight = register("weight", new Parameter(Torch.empty(shape)));
        this.bias = bias ? register("bias", new Parameter(Torch.empty(outChannels))) : null;
        if (!bias) registerParameter("bias", null);
        resetParameters();
    }

    /** PyTorch's {@code reset_parameters}: kaiming-uniform (a = √5) weight, then bias U(−1/√fan_in, 1/√fan_in). */
    public void resetParameters() { Linear.resetKaimingUniform(weight, bias); }

    /** PyTorch's {@code _reversed_padding_repeated_twice}: the F.pad argument for a non-zeros padding mode. */
    long[] reversedPaddingRepeatedTwice() {
        int n = kernelSize.length;
        long[] pad = new long[2 * n];
        for (int i = 0; i < n; i++) {
            int d = n - 1 - i;
            if (padding != null) {
                pad[2 * i] = padding[d];
                pad[2 * i + 1] = padding[d];
            } else if (paddingString.equals("same")) {
                int total = dilation[d] * (kernelSize[d] - 1);
                pad[2 * i] = total / 2;
                pad[2 * i + 1] = total - total / 2;
            }
        }
        return pad;
    }

    /** The input padded by {@link #paddingMode} when it is not "zeros" (the convolution then pads nothing). */
    Tensor padded(Tensor input) {
        return paddingMode.equals("zeros") ? input : F.pad(input, reversedPaddingRepeatedTwice(), paddingMode);
    }

    /**
     * PyTorch's {@code _output_padding}: the output padding of a transposed convolution that gives
     * {@code outputSize} (the spatial sizes, or with the leading batch and channel sizes).
     */
    int[] outputPaddingFor(Tensor input, long[] outputSize) {
        int k = kernelSize.length, nonSpatial = input.dim() == k + 2 ? 2 : 1;
        long[] size = outputSize.length == nonSpatial + k ? Arrays.copyOfRange(outputSize, nonSpatial, nonSpatial + k) : outputSize;
        if (size.length != k)
            throw new IllegalArgumentException("ConvTranspose" + k + "D: for " + input.dim() + "D input, output_size must have " + k + " or "
                    + (nonSpatial + k) + " elements (got " + outputSize.length + ")");
        long[] min = new long[k], max = new long[k];
        int[] pad = new int[k];
        for (int d = 0; d < k; d++) {
            min[d] = (input.size(d + input.dim() - k) - 1) * stride[d] - 2L * padding[d] + (long) dilation[d] * (kernelSize[d] - 1) + 1;
            max[d] = min[d] + stride[d] - 1;
        }
        for (int d = 0; d < k; d++) {
            if (size[d] < min[d] || size[d] > max[d])
                throw new IllegalArgumentException("requested an output size of " + Arrays.toString(size) + ", but valid sizes range from "
                        + Arrays.toString(min) + " to " + Arrays.toString(max) + " (for an input of "
                        + torch4j.Size.of(Arrays.copyOfRange(input.shape().toLongArray(), input.dim() - k, input.dim())) + ")");
            pad[d] = (int) (size[d] - min[d]);
        }
        return pad;
    }

    /** PyTorch's check in the transposed modules' constructors. */
    static String zerosOnly(String paddingMode, String module) {
        if (!paddingMode.equals("zeros")) throw new IllegalArgumentException("Only \"zeros\" padding mode is supported for " + module);
        return paddingMode;
    }

    static String tuple(int[] v) {
        long[] l = new long[v.length];
        for (int i = 0; i < v.length; i++) l[i] = v[i];
        return PyRepr.tuple(l);
    }

    private static boolean all(int[] v, int value) { return Arrays.stream(v).allMatch(x -> x == value); }

    @Override public String extraRepr() {
        StringBuilder s = new StringBuilder(inChannels + ", " + outChannels + ", kernel_size=" + tuple(kernelSize) + ", stride=" + tuple(stride));
        if (padding == null) s.append(", padding=").append(paddingString);
        else if (!all(padding, 0)) s.append(", padding=").append(tuple(padding));
        if (!all(dilation, 1)) s.append(", dilation=").append(tuple(dilation));
        if (!all(outputPadding, 0)) s.append(", output_padding=").append(tuple(outputPadding));
        if (groups != 1) s.append(", groups=").append(groups);
        if (bias == null) s.append(", bias=False");
        if (!paddingMode.equals("zeros")) s.append(", padding_mode=").append(paddingMode);
        return s.toString();
    }

    static int[] repeat(int v, int n) {
        int[] out = new int[n];
        Arrays.fill(out, v);
        return out;
    }
}
