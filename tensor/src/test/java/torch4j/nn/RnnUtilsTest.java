package torch4j.nn;

import static org.junit.jupiter.api.Assertions.*;
import static torch4j.Torch.*;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.autograd.GradCheck;
import torch4j.nn.utils.rnn.PackedSequence;
import torch4j.nn.utils.rnn.Rnn;

/**
 * nn.utils.rnn against PyTorch 1.13 ({@code golden/rnn/gen_rnn.py}: padding, packing with and
 * without sorting, lengths as a list or a tensor, unpacking with padding value and total length,
 * the PackedSequence repr), PyTorch's error messages for the recurrent layers, and gradcheck of
 * every layer and cell in float64.
 */
class RnnUtilsTest {
    static final JsonObject G = RnnGoldenTest.GOLDEN.getAsJsonObject("utils");
    static final JsonObject ERRORS = RnnGoldenTest.GOLDEN.getAsJsonObject("errors");

    static Tensor seq(int i) { return torch4j.nn.NnGolden.tensor(G.getAsJsonArray("seqs").get(i)); }

    static void same(Tensor actual, JsonObject o, String key) {
        Tensor expected = RnnGoldenTest.t(o, key);
        assertNull(NnGolden.compare(actual, expected, 0, 0), key);
    }

    @Test void padSequence() {
        Tensor a = seq(0), b = seq(1), c = seq(2);
        same(Rnn.padSequence(List.of(a, b, c)), G, "pad");
        same(Rnn.padSequence(List.of(a, b, c), true, -1.5), G, "pad_bf");
        same(Rnn.padSequence(List.of(tensor(1L, 2L, 3L), tensor(4L, 5L)), true, 9), G, "pad_int");
        Tensor ga = a.clone().requiresGrad_();
        assertEquals(G.get("pad_grad_fn").getAsString(), Rnn.padSequence(List.of(ga, b)).gradFn().name());
    }

    @Test void packAndUnpackUnsortedWithTies() {
        Tensor a = seq(0), b = seq(1), c = seq(2);
        PackedSequence p = Rnn.packSequence(List.of(a, b, c), false);
        JsonObject g = G.getAsJsonObject("pack_unsorted");
        same(p.data(), g, "data");
        same(p.batchSizes(), g, "batch_sizes");
        same(p.sortedIndices(), g, "sorted_indices");
        same(p.unsortedIndices(), g, "unsorted_indices");
        List<Tensor> un = Rnn.padPackedSequence(p, true, 7.0, 6);
        JsonObject u = G.getAsJsonObject("unpack_unsorted");
        same(un.get(0), u, "padded");
        same(un.get(1), u, "lengths");
    }

    @Test void packPaddedWithListAndTensorLengths() {
        Tensor a = seq(0), b = seq(1), c = seq(2);
        Tensor x = Rnn.padSequence(List.of(b, a, c), true, 0);
        PackedSequence p2 = Rnn.packPaddedSequence(x, new long[]{5, 3, 3}, true, true);
        PackedSequence p3 = Rnn.packPaddedSequence(x.transpose(0, 1), tensor(5L, 3L, 3L));
        JsonObject g = G.getAsJsonObject("pack_list");
        same(p2.data(), g, "data");
        same(p2.batchSizes(), g, "batch_sizes");
        assertEquals(G.get("pack_tensor_same").getAsBoolean(), p2.data().equal(p3.data()));
        assertNull(p2.sortedIndices());
        List<Tensor> un = Rnn.padPackedSequence(p2);
        JsonObject u = G.getAsJsonObject("unpack_sorted");
        same(un.get(0), u, "padded");
        same(un.get(1), u, "lengths");
    }

    @Test void packedSequenceRepr() {
        assertEquals(G.get("repr_sorted").getAsString(), Rnn.packSequence(List.of(tensor(1L, 2L, 3L), tensor(4L, 5L))).toString());
        assertEquals(G.get("repr_unsorted").getAsString(), Rnn.packSequence(List.of(tensor(1., 2.), tensor(3., 4., 5.)), false).toString());
    }

    @Test void packingIsDifferentiable() {
        Tensor a = seq(0).requiresGrad_(), b = seq(1);
        PackedSequence p = Rnn.packSequence(List.of(b, a), false);
        Rnn.padPackedSequence(p).get(0).mul(RnnGoldenTest.weight(Rnn.padPackedSequence(p).get(0))).sum().backward();
        // a is sequence 1; its padded column gets weights (arange % 7 - 3) / 4 at its (step, 1, feature) slots
        Tensor w = RnnGoldenTest.weight(zeros(5, 2, 2)).get(":3, 1");
        assertTrue(a.grad().equal(w));
    }

    static void error(String key, Runnable r) {
        var e = assertThrows(IllegalArgumentException.class, r::run, key);
        assertEquals(ERRORS.getAsJsonObject(key).get("message").getAsString(), e.getMessage(), key);
    }

    @Test void errorsInPyTorchsWords() {
        LSTM lstm = new LSTM(3, 4, 2);
        GRU gru = new GRU(3, 4, new RNNOptions().bidirectional(true));
        error("input_size", () -> lstm.call(randn(5, 2, 4)));
        error("input_dims", () -> gru.call(randn(5, 2, 3, 1)));
        error("hidden_size", () -> gru.call(randn(5, 2, 3), randn(2, 2, 5)));
        error("hidden_batch", () -> gru.call(randn(5, 2, 3), randn(2, 3, 4)));
        error("lstm_h", () -> lstm.forwardWithHidden(randn(5, 2, 3), randn(1, 2, 4), randn(2, 2, 4)));
        error("lstm_c", () -> lstm.forwardWithHidden(randn(5, 2, 3), randn(2, 2, 4), randn(2, 2, 3)));
        error("lstm_hx_dims", () -> lstm.forwardWithHidden(randn(5, 2, 3), randn(2, 4), randn(2, 2, 4)));
        error("lstm_unbatched_dims", () -> lstm.forwardWithHidden(randn(5, 3), randn(2, 1, 4), randn(2, 4)));
        error("gru_hx_dims", () -> gru.call(randn(5, 2, 3), randn(2, 4)));
        error("gru_unbatched_dims", () -> gru.call(randn(5, 3), randn(2, 1, 4)));
        error("packed_dims", () -> gru.forwardWithHidden(new PackedSequence(randn(5, 2, 3), tensor(2L, 2L, 1L))));
        error("proj_ge_hidden", () -> new LSTM(3, 4, new RNNOptions().projSize(4)));
        error("proj_negative", () -> new LSTM(3, 4, new RNNOptions().projSize(-1)));
        error("proj_gru", () -> new GRU(3, 4, new RNNOptions().projSize(2)));
        error("dropout_range", () -> new RNN(3, 4, new RNNOptions().dropout(1.5)));
        error("nonlinearity", () -> new RNN(3, 4, new RNNOptions().nonlinearity("sigmoid")));
        LSTMCell cell = new LSTMCell(3, 4);
        error("cell_input", () -> cell.call(randn(2, 5)));
        error("cell_batch", () -> cell.forwardWithHidden(randn(2, 3), randn(3, 4), randn(2, 4)));
        error("cell_hidden1", () -> cell.forwardWithHidden(randn(2, 3), randn(2, 4), randn(2, 5)));
        error("gru_cell_hidden", () -> new GRUCell(3, 4).call(randn(2, 3), randn(2, 3)));
        error("cell_dims", () -> new RNNCell(3, 4).call(randn(2, 2, 3)));
        error("pack_unsorted", () -> Rnn.packPaddedSequence(randn(4, 2, 1), new long[]{2, 3}));
        error("pack_zero", () -> Rnn.packPaddedSequence(randn(4, 2, 1), new long[]{3, 0}));
        error("pack_len_count", () -> Rnn.packPaddedSequence(randn(4, 2, 1), new long[]{3, 2, 1}));
        error("pack_empty", () -> Rnn.packPaddedSequence(randn(0, 2, 1), new long[]{0, 0}));
        error("pad_total_length", () -> Rnn.padPackedSequence(Rnn.packSequence(List.of(randn(3), randn(2))), false, 0, 2));
        error("pad_empty", () -> Rnn.padSequence(List.of()));
    }

    /** The module's output, final states and parameters' gradients by finite differences in float64. */
    static void gradcheck(Module m, Function<List<Tensor>, List<Tensor>> run, Tensor... inputs) {
        m.toDouble();
        List<Tensor> all = new ArrayList<>();
        for (Tensor x : inputs) all.add(x.toDouble().requiresGrad_());
        all.addAll(m.parameters());
        int n = inputs.length;
        assertTrue(GradCheck.gradcheck(in -> {
            List<Tensor> outs = run.apply(in.subList(0, n));
            List<Tensor> flat = new ArrayList<>();
            for (Tensor o : outs) flat.add(o.reshape(-1));
            return cat(flat, 0);
        }, all), m.toString());
    }

    @Test void gradcheckLayersAndCells() {
        manualSeed(0);
        RNN rnn = new RNN(2, 3, new RNNOptions().numLayers(2).bidirectional(true).nonlinearity("relu"));
        gradcheck(rnn, in -> { var r = rnn.forwardWithHidden(in.get(0), in.get(1)); return List.of(r.output(), r.hN()); },
                randn(3, 2, 2), randn(4, 2, 3));
        LSTM lstm = new LSTM(2, 3, new RNNOptions().numLayers(2).projSize(2).batchFirst(true));
        gradcheck(lstm, in -> { var r = lstm.forwardWithHidden(in.get(0), in.get(1), in.get(2)); return List.of(r.output(), r.hN(), r.cN()); },
                randn(2, 3, 2), randn(2, 2, 2), randn(2, 2, 3));
        GRU gru = new GRU(2, 3, new RNNOptions().bidirectional(true));
        gradcheck(gru, in -> {
            var r = gru.forwardWithHidden(Rnn.packSequence(List.of(in.get(0), in.get(1)), false));
            return List.of(r.output().data(), r.hN());
        }, randn(2, 2), randn(3, 2));
        LSTMCell lc = new LSTMCell(2, 3);
        gradcheck(lc, in -> lc.forwardWithHidden(in.get(0), in.get(1), in.get(2)), randn(2, 2), randn(2, 3), randn(2, 3));
        GRUCell gc = new GRUCell(2, 3);
        gradcheck(gc, in -> List.of(gc.call(in.get(0), in.get(1))), randn(2, 2), randn(2, 3));
        RNNCell rc = new RNNCell(2, 3);
        gradcheck(rc, in -> List.of(rc.call(in.get(0))), randn(2));
    }
}
