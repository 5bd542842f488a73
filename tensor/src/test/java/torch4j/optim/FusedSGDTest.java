package torch4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.Torch;

/** SGD's one-pass loop gives the same bits as its op path (taken for a non-contiguous parameter), for every option. */
class FusedSGDTest {
    static float[] run(boolean contiguous, Function<List<Tensor>, Optimizer> make) {
        Torch.manualSeed(7);
        Tensor target = Torch.randn(3, 4);
        Tensor init = Torch.randn(4, 3);
        Tensor w = (contiguous ? init.t().contiguous() : init.clone().t()).detach().requiresGrad_();
        Optimizer opt = make.apply(List.of(w));
        for (int i = 0; i < 30; i++) {
            opt.zeroGrad();
            w.sub(target).pow(2).mul(w.sin().add(2.0)).sum().backward();
            opt.step();
        }
        return w.contiguous().toFloatArray();
    }

    static void same(Function<List<Tensor>, Optimizer> make) { assertArrayEquals(run(false, make), run(true, make)); }

    @Test void plain() { same(p -> new SGD(p, 0.05)); }

    @Test void momentumDampeningWeightDecay() { same(p -> new SGD(p, SGD.options().lr(0.05).momentum(0.9).dampening(0.1).weightDecay(0.01))); }

    @Test void nesterovMaximize() {
        same(p -> new SGD(p, SGD.options().lr(0.05).momentum(0.9).nesterov(true)));
        same(p -> new SGD(p, SGD.options().lr(0.001).maximize(true).weightDecay(0.1)));
    }
}
