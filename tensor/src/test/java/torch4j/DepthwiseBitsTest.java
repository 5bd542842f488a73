package torch4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import torch4j.autograd.Autograd;
import torch4j.nn.functional.F;

/**
 * The direct depthwise convolution (no columns) gives the bits of im2col + GEMM, the formulation
 * it replaced: the forward equals {@code w · unfold(x)} (one GEMM per channel, m = multiplier,
 * k = taps) and the input gradient {@code fold(wᵀ · grad)}, element for element, over output
 * widths around the BLAS kernels' unroll sizes, strides, dilations, padding and multipliers, up to
 * 27 taps (7×7 takes the GEMM path: OpenBLAS sums 49 taps in another order).
 */
class DepthwiseBitsTest {
    static Stream<Arguments> shapes() {
        List<Arguments> out = new ArrayList<>();
        int[][] geometries = {   // kernel h, kernel w, stride, padding, dilation, multiplier
            {3, 3, 1, 1, 1, 1}, {3, 3, 2, 1, 1, 1}, {5, 5, 1, 2, 1, 1}, {3, 3, 1, 2, 2, 1}, {1, 1, 1, 0, 1, 1},
            {3, 3, 1, 1, 1, 2}, {2, 3, 1, 0, 1, 3}, {7, 7, 1, 3, 1, 1}, {1, 5, 1, 2, 1, 1}, {3, 9, 1, 4, 1, 1}, {3, 9, 2, 1, 1, 2}};
        for (int[] g : geometries)
            for (int width : new int[]{1, 5, 8, 15, 16, 17, 31, 33, 56})
                out.add(Arguments.of(g[0], g[1], g[2], g[3], g[4], g[5], width));
        return out.stream();
    }

    @ParameterizedTest(name = "k{0}x{1} s{2} p{3} d{4} mult{5} width {6}")
    @MethodSource("shapes")
    void forwardAndInputGradientEqualTheGemmOverColumns(int kh, int kw, int stride, int pad, int dil, int mult, int width) {
        Torch.manualSeed(width * 31L + kh);
        int n = 2, c = 3, h = Math.max(kh, 6);
        if (width + 2 * pad < dil * (kw - 1) + 1) return;   // no output column
        Tensor x = Torch.randn(n, c, h, width).requiresGrad_(), w = Torch.randn(c * mult, 1, kh, kw);
        int[] k = {kh, kw}, s = {stride, stride}, p = {pad, pad}, d = {dil, dil};
        Tensor y = F.conv2d(x, w, null, s, p, d, c);
        long oh = y.size(2), ow = y.size(3), l = oh * ow, taps = (long) kh * kw;
        Tensor cols = F.unfold(x.detach(), k, d, p, s).view(n, c, taps, l);
        Tensor expected = w.view(c, mult, taps).matmul(cols).view(n, c * mult, oh, ow);
        assertTrue(y.detach().equal(expected), "forward");

        if (mult != 1) return;
        Tensor g = Torch.randn(n, c, oh, ow);
        Tensor dx = Autograd.grad(List.of(y), List.of(x), List.of(g), null, false, false).get(0);
        Tensor colGrad = w.view(c, 1, taps).transpose(1, 2).matmul(g.view(n, c, 1, l)).reshape(n, c * taps, l);
        Tensor expectedDx = F.fold(colGrad, new long[]{h, width}, k, d, p, s);
        assertTrue(dx.equal(expectedDx), "input gradient");
    }
}
