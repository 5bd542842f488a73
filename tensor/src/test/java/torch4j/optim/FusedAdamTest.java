package torch4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * Adam's one-pass float32 loop and its general path (eight tensor ops, taken here for a
 * non-contiguous parameter) give the same trajectory, for every option that changes the loop.
 */
class FusedAdamTest {
    static float[] run(boolean contiguous, Function<List<Tensor>, Optimizer> make) {
        Torch.manualSeed(7);
        Tensor target = Torch.randn(3, 4);
        Tensor init = Torch.randn(4, 3);
        // the same values, either contiguous (3, 4) or a transposed (non-contiguous) view of a (4, 3) tensor
        Tensor w = (contiguous ? init.t().contiguous() : init.clone().t()).detach().requiresGrad_();
        assertTrue(w.isContiguous() == contiguous);
        Optimizer opt = make.apply(List.of(w));
        for (int i = 0; i < 30; i++) {
            opt.zeroGrad();
            w.sub(target).pow(2).mul(w.sin().add(2.0)).sum().backward();
            opt.step();
        }
        return w.contiguous().toFloatArray();
    }

    static void same(Function<List<Tensor>, Optimizer> make) {
        float[] fused = run(true, make), general = run(false, make);
        assertArrayEquals(general, fused, 2e-6f);
    }

    @Test void adam() { same(p -> new Adam(p, 0.05)); }

    @Test void adamAmsgradWeightDecayMaximize() {
        same(p -> new Adam(p, Adam.options().lr(0.05).amsgrad(true).weightDecay(0.1).betas(0.8, 0.95)));
        same(p -> new Adam(p, Adam.options().lr(0.01).maximize(true).eps(1e-3)));
    }

    @Test void adamW() {
        same(p -> new AdamW(p, 0.05));
        same(p -> new AdamW(p, AdamW.options().lr(0.05).amsgrad(true).weightDecay(0.3)));
    }
}
