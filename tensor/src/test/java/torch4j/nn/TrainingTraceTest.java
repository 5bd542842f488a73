package torch4j.nn;

import static org.junit.jupiter.api.Assertions.*;
import static torch4j.Torch.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.nn.functional.F;
import torch4j.optim.SGD;

/**
 * The two training lessons of study note 002, transliterated, print PyTorch 1.13's losses
 * ({@code golden/nn/gen_traces.py}, same seed, same data, same order of draws).
 */
class TrainingTraceTest {
    static final JsonObject GOLDEN = NnGolden.load("traces.json");

    static class Net extends Module {
        final Linear hidden, out;

        Net(long features, long hiddenUnits, long outputs) {
            hidden = register("hidden", new Linear(features, hiddenUnits));
            out = register("out", new Linear(hiddenUnits, outputs));
        }

        @Override public Tensor forward(Tensor x) { return out.call(F.relu(hidden.call(x))); }
    }

    static List<String> fourDecimals(JsonArray hexes) {
        List<String> out = new ArrayList<>();
        hexes.forEach(h -> out.add(String.format("%.4f", Double.parseDouble(h.getAsString()))));
        return out;
    }

    /**
     * The printed losses against PyTorch's, and every loss within 1e-5 of PyTorch's (the runs are
     * not bit-identical: gemm sums in its own order). A print is left out only where PyTorch's
     * loss lies within 1e-6 of a half-unit of the fourth decimal (step 71 here: PyTorch 0.017550007,
     * torch4j 0.017549999, one float apart), where any difference in the last bit flips the print.
     */
    static void assertPrintsPyTorchsLosses(JsonArray hexes, List<Double> losses) {
        List<String> expected = new ArrayList<>(), actual = new ArrayList<>();
        for (int t = 0; t < hexes.size(); t++) {
            double e = Double.parseDouble(hexes.get(t).getAsString()), v = losses.get(t);
            assertEquals(e, v, 1e-5 * Math.abs(e), "loss " + t);
            double scaled = e * 1e4;
            if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6 * Math.abs(scaled)) continue;
            expected.add(t + ": " + String.format("%.4f", e));
            actual.add(t + ": " + String.format("%.4f", v));
        }
        assertEquals(expected, actual);
        assertTrue(expected.size() >= hexes.size() - 2, "prints compared: " + expected.size());
    }

    @Test void regressionPrintsPyTorchsLosses() {
        manualSeed(1);
        Tensor x = linspace(-1, 1, 100).unsqueeze(1);
        Tensor y = x.pow(2).add(rand(x.size()).mul(0.2));
        Net net = new Net(1, 10, 1);
        SGD optimizer = new SGD(net.parameters(), 0.2);
        MSELoss lossFunc = new MSELoss();
        List<Double> losses = new ArrayList<>();
        for (int t = 0; t < 200; t++) {
            Tensor prediction = net.call(x);
            Tensor loss = lossFunc.call(prediction, y);
            optimizer.zeroGrad();
            loss.backward();
            optimizer.step();
            losses.add(loss.item());
        }
        JsonObject g = GOLDEN.getAsJsonObject("regression");
        assertPrintsPyTorchsLosses(g.getAsJsonArray("losses"), losses);
        double[] w = net.out.weight.detach().toDoubleArray();
        JsonArray expected = g.getAsJsonArray("final_weight");
        for (int i = 0; i < w.length; i++) assertEquals(Double.parseDouble(expected.get(i).getAsString()), w[i], 1e-5);
    }

    @Test void classificationPrintsPyTorchsLossesAndAccuracies() {
        manualSeed(1);
        Tensor nData = ones(100, 2);
        Tensor x0 = normal(nData.mul(2), 1);
        Tensor y0 = zeros(100);
        Tensor x1 = normal(nData.mul(-2), 1);
        Tensor y1 = ones(100);
        Tensor x = cat(List.of(x0, x1), 0).toFloat();
        Tensor y = cat(List.of(y0, y1)).toLong();
        Net net = new Net(2, 10, 2);
        SGD optimizer = new SGD(net.parameters(), 0.02);
        CrossEntropyLoss lossFunc = new CrossEntropyLoss();
        List<String> losses = new ArrayList<>();
        List<Double> accuracies = new ArrayList<>();
        for (int t = 0; t < 1000; t++) {
            Tensor out = net.call(x);
            Tensor loss = lossFunc.call(out, y);
            optimizer.zeroGrad();
            loss.backward();
            optimizer.step();
            Tensor prediction = F.softmax(out, 1).max(1).indices();
            double accuracy = prediction.eq(y).sum().item() / 200.;
            losses.add(String.format("%.4f", loss.item()));
            accuracies.add(accuracy);
            if (accuracy >= 1) break;
        }
        JsonObject g = GOLDEN.getAsJsonObject("classification");
        assertEquals(fourDecimals(g.getAsJsonArray("losses")), losses);
        List<Double> expected = new ArrayList<>();
        g.getAsJsonArray("accuracies").forEach(a -> expected.add(a.getAsDouble()));
        assertEquals(expected, accuracies);
    }
}
