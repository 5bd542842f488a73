package torch4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static torch4j.Torch.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import torch4j.Tensor;
import torch4j.nn.Flatten;
import torch4j.nn.Linear;
import torch4j.nn.MSELoss;
import torch4j.nn.Sequential;

/**
 * The tutorial's polynomial fit, 2000 float32 steps, bit for bit with PyTorch 1.13 at every step
 * ({@code golden/optim/gen_polynomial_fit.py}): with the manual update and with optim.SGD. It
 * depends on torch.sin's SLEEF bits (the data), MSELoss's float32 sum and SGD's fused
 * multiply-add {@code p.add_(grad, alpha=-lr)}.
 */
class PolynomialFitGoldenTest {
    static int[] ints(JsonArray a) {
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).getAsInt();
        return v;
    }

    static int[] bits(Tensor t) {
        float[] f = t.detach().reshape(-1).toFloatArray();
        int[] b = new int[f.length];
        for (int i = 0; i < f.length; i++) b[i] = Float.floatToRawIntBits(f[i]);
        return b;
    }

    @ParameterizedTest
    @ValueSource(strings = {"manual", "sgd"})
    void everyStepIsPyTorchs(String variant) throws Exception {
        JsonObject golden;
        try (var in = PolynomialFitGoldenTest.class.getResourceAsStream("/golden/optim/polynomial_fit.json")) {
            golden = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonObject(variant);
        }
        var x = linspace(-Math.PI, Math.PI, 2000);
        var y = sin(x);
        var p = tensor(1L, 2L, 3L);
        var xx = x.unsqueeze(-1).pow(p);
        manualSeed(0);
        var model = new Sequential(new Linear(3, 1), new Flatten(0, 1));
        var lossFn = new MSELoss("sum");
        double learningRate = 1e-6;
        var optimizer = variant.equals("sgd") ? new SGD(model.parameters(), learningRate) : null;
        Tensor[] losses = new Tensor[2000];
        for (int t = 0; t < 2000; t++) {
            var loss = lossFn.call(model.call(xx), y);
            losses[t] = loss.detach().clone();
            if (optimizer != null) {
                optimizer.zeroGrad();
                loss.backward();
                optimizer.step();
            } else {
                model.zeroGrad();
                loss.backward();
                try (var g = noGrad()) {
                    for (var param : model.parameters()) param.sub_(mul(learningRate, param.grad()));
                }
            }
        }
        Linear linear = model.get(0);
        assertArrayEquals(ints(golden.getAsJsonArray("loss")), bits(stack(java.util.List.of(losses))), "losses");
        assertArrayEquals(ints(golden.getAsJsonArray("weight")), bits(linear.weight), "weight");
        assertArrayEquals(ints(golden.getAsJsonArray("bias")), bits(linear.bias), "bias");
    }
}
