package torch4j.bench;

import static torch4j.Torch.*;

import java.util.List;
import java.util.function.Function;

import torch4j.Tensor;
import torch4j.autograd.Autograd;
import torch4j.nn.functional.F;

/**
 * Convolution bench cases (same names and calls in bench/torch_bench.py): the layers of a ResNet
 * stage (3×3 64→64 at 56², a 1×1 and a depthwise 3×3, batch 8), the notes' small CNN's two
 * convolutions (batch 64), a Conv3d and a ConvTranspose2d; each forward without grad
 * ({@code _fwd}) and forward plus the gradients of the sum ({@code _fwd_bwd}).
 */
final class ConvCases {
    private ConvCases() {}

    static void register() {
        // name, input shape, weight shape, groups, stride, padding; flops = 2·N·outC·(inC/groups)·taps·L
        conv("conv2d_3x3_c64_56_b8", new long[]{8, 64, 56, 56}, new long[]{64, 64, 3, 3}, 1, 1, 1, 2.0 * 8 * 64 * 64 * 9 * 56 * 56);
        conv("conv2d_1x1_c64_56_b8", new long[]{8, 64, 56, 56}, new long[]{64, 64, 1, 1}, 1, 1, 0, 2.0 * 8 * 64 * 64 * 56 * 56);
        conv("conv2d_dw3x3_c64_56_b8", new long[]{8, 64, 56, 56}, new long[]{64, 1, 3, 3}, 64, 1, 1, 2.0 * 8 * 64 * 9 * 56 * 56);
        conv("conv2d_5x5_cnn1_b64", new long[]{64, 1, 28, 28}, new long[]{6, 1, 5, 5}, 1, 1, 0, 2.0 * 64 * 6 * 25 * 24 * 24);
        conv("conv2d_5x5_cnn2_b64", new long[]{64, 6, 12, 12}, new long[]{16, 6, 5, 5}, 1, 1, 0, 2.0 * 64 * 16 * 150 * 8 * 8);
        conv("conv3d_3x3x3_c16_16x32x32_b2", new long[]{2, 16, 16, 32, 32}, new long[]{32, 16, 3, 3, 3}, 1, 1, 1,
                2.0 * 2 * 32 * 16 * 27 * 16 * 32 * 32);
        conv("conv_transpose2d_4x4s2_c64_28_b8", new long[]{8, 64, 28, 28}, new long[]{64, 32, 4, 4}, 1, 2, 1,
                2.0 * 8 * 64 * 32 * 16 * 28 * 28);
    }

    private static void conv(String name, long[] xs, long[] ws, int groups, int stride, int padding, double flops) {
        boolean transposed = name.startsWith("conv_transpose");
        Function<Tensor[], Tensor> f = t -> switch (xs.length) {
            case 5 -> F.conv3d(t[0], t[1], t[2], stride, padding, 1, groups);
            default -> transposed ? F.convTranspose2d(t[0], t[1], t[2], stride, padding, 0, groups, 1)
                    : F.conv2d(t[0], t[1], t[2], stride, padding, 1, groups);
        };
        long outC = transposed ? ws[1] * groups : ws[0];
        Cases.add(name + "_fwd", flops, () -> {
            Tensor[] t = inputs(xs, ws, outC, false);
            return () -> { try (var _ = noGrad()) { Cases.sink = f.apply(t); } };
        });
        Cases.add(name + "_fwd_bwd", 3 * flops, () -> {
            Tensor[] t = inputs(xs, ws, outC, true);
            return () -> Cases.sink = Autograd.grad(List.of(f.apply(t).sum()), List.of(t));
        });
    }

    private static Tensor[] inputs(long[] xs, long[] ws, long outC, boolean grad) {
        manualSeed(0);
        Tensor[] t = {randn(xs), randn(ws), randn(outC)};
        if (grad) for (Tensor x : t) x.requiresGrad_();
        return t;
    }
}
