package torch4j.nn;

import java.util.List;
import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * The recurrent cells of ATen's CPU path ({@code aten/src/ATen/native/RNN.cpp}), op for op, so
 * values and {@code grad_fn} names are PyTorch's: each step adds the hidden projection
 * ({@code linear_hh}, one addmm) to the input projection, which the layers compute for all time
 * steps at once ({@code preComputed}) and the cell modules per call.
 */
final class RnnCells {
    private RnnCells() {}

    /** One layer-direction's weights (bIh/bHh null without bias, wHr null without projection). */
    record Params(Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh, Tensor wHr) {
        Tensor linearIh(Tensor x) { return F.linear(x, wIh, bIh); }

        Tensor linearHh(Tensor h) { return F.linear(h, wHh, bHh); }

        /** The LSTM projection {@code h·w_hrᵀ} (ATen's {@code matmul_hr}), or h itself. */
        Tensor matmulHr(Tensor h) { return wHr == null ? h : h.matmul(wHr.t()); }
    }

    /** A cell: the next hidden state (h, or h and c for the LSTM) from one step's input. */
    interface Cell {
        Tensor[] step(Tensor input, Tensor[] hidden, Params p, boolean preComputed);
    }

    /** {@code SimpleCell<tanh_f>}: tanh(linear_hh(h) + linear_ih(x)). */
    static final Cell TANH = (x, h, p, pre) -> new Tensor[]{p.linearHh(h[0]).add(pre ? x : p.linearIh(x)).tanh()};

    /** {@code SimpleCell<relu_f>}: relu(linear_hh(h) + linear_ih(x)). */
    static final Cell RELU = (x, h, p, pre) -> new Tensor[]{p.linearHh(h[0]).add(pre ? x : p.linearIh(x)).relu()};

    /** {@code LSTMCell}: gates i, f, g, o; c' = f·c + i·g; h' = o·tanh(c'), projected when there is w_hr. */
    static final Cell LSTM = (x, h, p, pre) -> {
        Tensor gates = p.linearHh(h[0]).add(pre ? x : p.linearIh(x));
        List<Tensor> g = gates.chunk(4, 1);
        Tensor ingate = g.get(0).sigmoid(), forgetgate = g.get(1).sigmoid();
        Tensor cellgate = g.get(2).tanh(), outgate = g.get(3).sigmoid();
        Tensor cy = forgetgate.mul(h[1]).add(ingate.mul(cellgate));
        Tensor hy = outgate.mul(cy.tanh());
        return new Tensor[]{p.matmulHr(hy), cy};
    };

    /** {@code GRUCell}: r, z from both projections; n = tanh(x_n + r·h_n); h' = (h − n)·z + n. */
    static final Cell GRU = (x, h, p, pre) -> {
        List<Tensor> ig = (pre ? x : p.linearIh(x)).chunk(3, 1);
        List<Tensor> hg = p.linearHh(h[0]).chunk(3, 1);
        Tensor resetGate = hg.get(0).add(ig.get(0)).sigmoid();
        Tensor inputGate = hg.get(1).add(ig.get(1)).sigmoid();
        Tensor newGate = ig.get(2).add(hg.get(2).mul(resetGate)).tanh();
        return new Tensor[]{h[0].sub(newGate).mul(inputGate).add(newGate)};
    };

    /**
     * ATen's {@code check_rnn_cell_forward_input}/{@code _hidden}: the cell modules' size checks.
     */
    static void checkInput(Tensor input, long inputSize) {
        if (input.size(1) != inputSize)
            throw new IllegalArgumentException("input has inconsistent input_size: got " + input.size(1) + " expected " + inputSize);
    }

    static void checkHidden(Tensor input, Tensor hx, long hiddenSize, int label) {
        if (input.size(0) != hx.size(0))
            throw new IllegalArgumentException("Input batch size " + input.size(0) + " doesn't match hidden" + label + " batch size " + hx.size(0));
        if (hx.size(1) != hiddenSize)
            throw new IllegalArgumentException("hidden" + label + " has inconsistent hidden_size: got " + hx.size(1) + ", expected " + hiddenSize);
    }
}
