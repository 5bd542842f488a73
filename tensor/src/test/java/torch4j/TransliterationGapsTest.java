package torch4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.nn.Linear;
import torch4j.nn.Parameter;
import torch4j.nn.Sequential;
import torch4j.optim.SGD;

/**
 * Call shapes that PyTorch's tutorials use and that transliterated programs met missing: golden
 * from PyTorch 1.13 (golden/python/gen_transliteration.py).
 */
class TransliterationGapsTest {
    private static final JsonObject G = GoldenJson.load("/golden/python/transliteration.json");

    private static String g(String key) { return G.get(key).getAsString(); }

    @Test
    void arangeTakesADtype() {
        assertEquals(g("arange_end_f32"), Torch.arange(12, DType.FLOAT32).toString());
        assertEquals(g("arange_start_end_f64"), Torch.arange(2, 8, DType.FLOAT64).toString());
        assertEquals(g("arange_step_f32"), Torch.arange(0, 10, 3, DType.FLOAT32).toString());
        assertEquals(g("arange_end_i32"), Torch.arange(5, DType.INT32).toString());
    }

    @Test
    void tensorOfATensorIsADetachedCopy() {
        Tensor src = Torch.tensor(new double[][]{{1.5, 2.25}, {3.0, 4.125}}, DType.FLOAT64).requiresGrad_();
        Tensor t = Torch.tensor(src, DType.FLOAT32);
        assertEquals(g("tensor_of_tensor_f32"), t.toString());
        assertFalse(t.requiresGrad());
        Tensor ints = Torch.tensor(3L, 1L, 2L);
        Tensor copy = Torch.tensor(ints);
        assertEquals(g("tensor_of_tensor_keeps_dtype"), copy.toString());
        copy.fill_(0L);   // a copy: the source keeps its values
        assertEquals(g("tensor_of_tensor_keeps_dtype"), ints.toString());
        assertNotSame(ints, copy);
        assertEquals(g("tensor_of_tensor_f32"), Torch.tensor(src.detach().numpy(), DType.FLOAT32).toString());
    }

    @Test
    void sgdTakesMomentumPositionally() {
        Torch.manualSeed(0);
        Parameter w = new Parameter(Torch.randn(3));
        SGD opt = new SGD(List.of(w), 0.1, 0.9);
        for (int i = 0; i < 3; i++) {
            opt.zeroGrad();
            w.mul(w).sum().backward();
            opt.step();
        }
        assertEquals(g("sgd_momentum_repr"), opt.toString());
        assertEquals(g("sgd_momentum_w"), w.toString());
    }

    @Test
    void trainingIsAnAttribute() {
        Sequential m = new Sequential(new Linear(2, 2));
        m.eval();
        var expected = G.getAsJsonArray("training_after_eval");
        assertEquals(expected.get(0).getAsBoolean(), m.training());
        assertEquals(expected.get(1).getAsBoolean(), m.get(0).training());
    }
}
