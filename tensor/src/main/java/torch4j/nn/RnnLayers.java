package torch4j.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.RnnCells.Cell;
import torch4j.nn.RnnCells.Params;
import torch4j.nn.functional.F;

/**
 * ATen's layer stack for recurrent networks ({@code apply_layer_stack} with {@code FullLayer},
 * {@code ReversedFullLayer}, {@code PackedLayer}, {@code ReversedPackedLayer} and their
 * bidirectional pairs), over padded (seq, batch, feature) input or a packed sequence's data.
 * As on PyTorch's CPU path, each layer-direction projects the inputs of all time steps with one
 * addmm before stepping through time; only the hidden projection is left per step.
 */
final class RnnLayers {
    private RnnLayers() {}

    /** A layer's output sequence (or packed data) and its final hidden state. */
    record Out(Tensor output, Tensor[] hidden) {}

    /** The last layer's output and the final hidden state of every layer-direction. */
    record Stacked(Tensor output, List<Tensor[]> finals) {}

    /**
     * Runs {@code numLayers} layers (two directions each when bidirectional) and returns the last
     * layer's output and every layer-direction's final hidden state, in PyTorch's order (l0, l0
     * reverse, l1, ...). {@code batchSizes} is null for padded input.
     */
    static Stacked stack(Cell cell, Tensor input, long[] batchSizes, List<Params> params, List<Tensor[]> hiddens,
                     int numLayers, double dropoutP, boolean train, boolean bidirectional) {
        List<Tensor[]> finals = new ArrayList<>();
        Tensor layerInput = input;
        int dirs = bidirectional ? 2 : 1;
        for (int l = 0; l < numLayers; l++) {
            Out fw = layer(cell, layerInput, batchSizes, hiddens.get(l * dirs), params.get(l * dirs), false);
            finals.add(fw.hidden());
            Tensor output = fw.output();
            if (bidirectional) {
                Out rev = layer(cell, layerInput, batchSizes, hiddens.get(l * dirs + 1), params.get(l * dirs + 1), true);
                finals.add(rev.hidden());
                output = Torch.cat(List.of(fw.output(), rev.output()), fw.output().dim() - 1);
            }
            layerInput = output;
            if (dropoutP != 0 && train && l < numLayers - 1) layerInput = F.dropout(layerInput, dropoutP, true);
        }
        return new Stacked(layerInput, finals);
    }

    private static Out layer(Cell cell, Tensor input, long[] batchSizes, Tensor[] hidden, Params p, boolean reverse) {
        Tensor inputW = p.linearIh(input);
        if (batchSizes != null) return reverse ? reversedPacked(cell, inputW, batchSizes, hidden, p) : packed(cell, inputW, batchSizes, hidden, p);
        List<Tensor> steps = new ArrayList<>(inputW.unbind(0));
        if (steps.isEmpty()) throw new IllegalArgumentException("Expected sequence length to be larger than 0 in RNN");
        if (reverse) Collections.reverse(steps);
        List<Tensor> outputs = new ArrayList<>(steps.size());
        for (Tensor step : steps) {
            hidden = cell.step(step, hidden, p, true);
            outputs.add(hidden[0]);
        }
        if (reverse) Collections.reverse(outputs);
        return new Out(Torch.stack(outputs, 0), hidden);
    }

    /**
     * {@code PackedLayer}: step i takes the first batchSizes[i] rows; when the batch shrinks, the
     * hidden rows of the sequences that ended are set aside as their final state.
     */
    private static Out packed(Cell cell, Tensor inputW, long[] batchSizes, Tensor[] hidden, Params p) {
        List<Tensor> outputs = new ArrayList<>(batchSizes.length);
        List<Tensor[]> ended = new ArrayList<>();
        long offset = 0, last = batchSizes[0];
        for (long batch : batchSizes) {
            Tensor step = inputW.narrow(0, offset, batch);
            offset += batch;
            long dec = last - batch;
            if (dec > 0) {
                ended.add(slice(hidden, last - dec, last));
                hidden = slice(hidden, 0, last - dec);
            }
            last = batch;
            hidden = cell.step(step, hidden, p, true);
            outputs.add(hidden[0]);
        }
        ended.add(hidden);
        Collections.reverse(ended);
        return new Out(Torch.cat(outputs, 0), concat(ended));
    }

    /** {@code ReversedPackedLayer}: from the last step back, the batch grows by the rows of the initial state. */
    private static Out reversedPacked(Cell cell, Tensor inputW, long[] batchSizes, Tensor[] initial, Params p) {
        int n = batchSizes.length;
        List<Tensor> outputs = new ArrayList<>(n);
        long offset = inputW.size(0), last = batchSizes[n - 1];
        Tensor[] hidden = slice(initial, 0, last);
        for (int i = n - 1; i >= 0; i--) {
            long batch = batchSizes[i];
            if (batch - last > 0) hidden = concat(List.of(hidden, slice(initial, last, batch)));
            Tensor step = inputW.narrow(0, offset - batch, batch);
            offset -= batch;
            last = batch;
            hidden = cell.step(step, hidden, p, true);
            outputs.add(hidden[0]);
        }
        Collections.reverse(outputs);
        return new Out(Torch.cat(outputs, 0), hidden);
    }

    private static Tensor[] slice(Tensor[] hidden, long start, long end) {
        Tensor[] out = new Tensor[hidden.length];
        for (int i = 0; i < out.length; i++) out[i] = hidden[i].narrow(0, start, end - start);
        return out;
    }

    private static Tensor[] concat(List<Tensor[]> hiddens) {
        Tensor[] out = new Tensor[hiddens.get(0).length];
        for (int i = 0; i < out.length; i++) {
            List<Tensor> parts = new ArrayList<>(hiddens.size());
            for (Tensor[] h : hiddens) parts.add(h[i]);
            out[i] = Torch.cat(parts, 0);
        }
        return out;
    }
}
