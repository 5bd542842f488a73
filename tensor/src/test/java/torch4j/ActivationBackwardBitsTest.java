package torch4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fused backward kernels of sigmoid and tanh give ATen's {@code sigmoid_backward} and
 * {@code tanh_backward} bit for bit (golden/pointwise/act_backward_bits.json, written by
 * gen_act_backward_bits.py beside it with real PyTorch 1.13), float32 and float64, on contiguous
 * tensors and on transposed views (the strided path), and the nodes keep PyTorch's names.
 */
class ActivationBackwardBitsTest {
    private static final JsonObject GOLDEN = GoldenJson.load("/golden/pointwise/act_backward_bits.json");

    @Test
    void fusedKernelsGivePyTorchsBits() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JsonElement e : GOLDEN.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            DType dtype = c.get("dtype").getAsString().equals("float32") ? DType.FLOAT32 : DType.FLOAT64;
            Tensor g = Torch.tensor(GoldenJson.doubles(c.getAsJsonArray("g")), dtype);
            Tensor y = Torch.tensor(GoldenJson.doubles(c.getAsJsonArray("y")), dtype);
            double[] want = GoldenJson.doubles(c.getAsJsonArray("out"));
            boolean sigmoid = c.get("op").getAsString().equals("sigmoid_backward");
            Tensor flat = sigmoid ? NnActivations.sigmoidBackward(g, y) : NnActivations.tanhBackward(g, y);
            // the first 990 values again as a transposed 33 x 30 view: the strided path
            Tensor gt = g.narrow(0, 0, 990).reshape(30, 33).t(), yt = y.narrow(0, 0, 990).reshape(30, 33).t();
            Tensor strided = (sigmoid ? NnActivations.sigmoidBackward(gt, yt) : NnActivations.tanhBackward(gt, yt)).t().reshape(990);
            double[] got = flat.to(DType.FLOAT64).toDoubleArray(), gotStrided = strided.to(DType.FLOAT64).toDoubleArray();
            for (int i = 0; i < want.length; i++) {
                checked++;
                if (!sameBits(got[i], want[i], dtype)) failures.add(c.get("op") + " " + dtype + " [" + i + "]: " + got[i] + " vs " + want[i]);
                if (i < 990 && !sameBits(gotStrided[i], want[i], dtype)) failures.add(c.get("op") + " " + dtype + " strided [" + i + "]");
            }
        }
        assertEquals(4 * 997, checked);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " values differ");
    }

    private static boolean sameBits(double got, double want, DType dtype) {
        if (Double.isNaN(got) || Double.isNaN(want)) return Double.isNaN(got) && Double.isNaN(want);
        return dtype == DType.FLOAT32 ? Float.floatToRawIntBits((float) got) == Float.floatToRawIntBits((float) want)
                : Double.doubleToRawLongBits(got) == Double.doubleToRawLongBits(want);
    }

    @Test
    void nodesKeepPyTorchsNames() {
        Tensor x = Torch.tensor(0.5, -1.0, 2.0).requiresGrad_(true);
        Tensor s = x.sigmoid(), t = x.tanh();
        assertEquals("SigmoidBackward0", s.gradFn().name());
        assertEquals("TanhBackward0", t.gradFn().name());
        Tensor g = Torch.onesLike(x).requiresGrad_(true);
        Tensor gs = torch4j.autograd.Autograd.grad(List.of(s), List.of(x), List.of(g), true, true, false).get(0);
        Tensor gt = torch4j.autograd.Autograd.grad(List.of(t), List.of(x), List.of(g), true, true, false).get(0);
        assertEquals("SigmoidBackwardBackward0", gs.gradFn().name());
        assertEquals("TanhBackwardBackward0", gt.gradFn().name());
    }
}
