package torch4j.vision.models;

import java.util.function.Function;
import java.util.function.LongFunction;
import torch4j.nn.BatchNorm2d;
import torch4j.nn.Conv2d;
import torch4j.nn.Module;
import torch4j.nn.ReLU;
import torch4j.nn.Sequential;

/**
 * Convolution, normalisation, activation in one {@link Sequential} (torchvision 0.14's
 * {@code torchvision.ops.Conv2dNormActivation}, which MobileNetV2 is built of): children
 * {@code 0} the {@link Conv2d}, {@code 1} the norm layer (when there is one), {@code 2} the
 * activation (when there is one), so state-dict keys read {@code features.0.0.weight} as in
 * PyTorch. The padding defaults to {@code (kernelSize − 1) / 2 · dilation} ("same" for odd
 * kernels at stride 1) and the convolution has a bias only without a norm layer.
 *
 * <pre>{@code
 * jshell> new Conv2dNormActivation(3, 32, 3, 2, 1, BatchNorm2d::new, ReLU6::new)
 * $1 ==> Conv2dNormActivation(
 *   (0): Conv2d(3, 32, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1), bias=False)
 *   (1): BatchNorm2d(32, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)
 *   (2): ReLU6(inplace=True)
 * )
 * }</pre>
 */
public class Conv2dNormActivation extends Sequential {
    /** The convolution's output channels ({@code out_channels}). */
    public final long outChannels;

    /** {@code Conv2dNormActivation(in, out)}: 3×3, stride 1, BatchNorm2d, ReLU(inplace=True). */
    public Conv2dNormActivation(long inChannels, long outChannels) {
        this(inChannels, outChannels, 3, 1, 1, BatchNorm2d::new, ReLU::new);
    }

    /**
     * {@code Conv2dNormActivation(in, out, kernel_size, stride, groups=groups, norm_layer=…,
     * activation_layer=…)} with the default padding, dilation 1 and an in-place activation.
     *
     * @param normLayer makes the norm layer from the channel count (e.g. {@code BatchNorm2d::new}), or null for none
     * @param activationLayer makes the activation from {@code inplace} (e.g. {@code ReLU6::new}), or null for none
     */
    public Conv2dNormActivation(long inChannels, long outChannels, int kernelSize, int stride, int groups,
                                LongFunction<? extends Module> normLayer, Function<Boolean, ? extends Module> activationLayer) {
        this(inChannels, outChannels, kernelSize, stride, null, groups, normLayer, activationLayer, 1, true, null);
    }

    /**
     * Every option of torchvision's constructor.
     *
     * @param padding null for {@code (kernelSize − 1) / 2 · dilation}
     * @param inplace passed to {@code activationLayer}
     * @param bias null for "only without a norm layer"
     */
    public Conv2dNormActivation(long inChannels, long outChannels, int kernelSize, int stride, Integer padding, int groups,
                                LongFunction<? extends Module> normLayer, Function<Boolean, ? extends Module> activationLayer,
                                int dilation, boolean inplace, Boolean bias) {
        int pad = padding != null ? padding : (kernelSize - 1) / 2 * dilation;
        boolean withBias = bias != null ? bias : normLayer == null;
        append(new Conv2d(inChannels, outChannels, kernelSize, stride, pad, dilation, groups, withBias, "zeros"));
        if (normLayer != null) append(normLayer.apply(outChannels));
        if (activationLayer != null) append(activationLayer.apply(inplace));
        this.outChannels = outChannels;
    }
}
