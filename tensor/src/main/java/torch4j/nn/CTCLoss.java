package torch4j.nn;

import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.functional.F;

/**
 * The Connectionist Temporal Classification loss ({@code nn.CTCLoss}, blank 0, reduction "mean",
 * no zero_infinity): the negative log-likelihood of each target sequence under all alignments of
 * (T, N, C) log-probabilities (or (T, C) for one sequence); see
 * {@link F#ctcLoss(Tensor, Tensor, long[], long[], long, String, boolean)}. Called with four
 * tensors, or the lengths as long arrays: {@code ctc.call(logProbs, targets, inputLengths, targetLengths)}.
 *
 * <pre>{@code
 * jshell> new CTCLoss().call(full(new long[]{3, 1, 2}, Math.log(0.5)), tensor(new long[][]{{1}}), new long[]{3}, new long[]{1})
 * $1 ==> tensor(0.2877)
 * }</pre>
 */
public class CTCLoss extends Module {
    /** The blank label. */
    public final long blank;
    /** "mean", "sum" or "none", as given. */
    public final String reduction;
    /** Whether infinite losses (and their gradients) become zero. */
    public final boolean zeroInfinity;

    /** {@code nn.CTCLoss()}: blank 0, mean, zero_infinity False. */
    public CTCLoss() { this(0, "mean", false); }

    /** {@code nn.CTCLoss(blank)}. */
    public CTCLoss(long blank) { this(blank, "mean", false); }

    /** {@code nn.CTCLoss(blank, reduction, zero_infinity)}. */
    public CTCLoss(long blank, String reduction, boolean zeroInfinity) {
        this.blank = blank;
        this.reduction = reduction;
        this.zeroInfinity = zeroInfinity;
    }

    /** {@code ctc(log_probs, targets, input_lengths, target_lengths)} with the lengths as integer tensors, with the module's hooks. */
    public Tensor call(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths) {
        return callWith(logProbs, targets, inputLengths, targetLengths);
    }

    /** {@code ctc(log_probs, targets, input_lengths, target_lengths)} with the lengths as Python lists. */
    public Tensor call(Tensor logProbs, Tensor targets, long[] inputLengths, long[] targetLengths) {
        return callWith(logProbs, targets, Torch.from(inputLengths), Torch.from(targetLengths));
    }

    /** The loss with the lengths as integer tensors. */
    public Tensor forward(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths) {
        return F.ctcLoss(logProbs, targets, inputLengths, targetLengths, blank, reduction, zeroInfinity);
    }

    @Override Tensor forwardMany(Tensor[] inputs) {
        if (inputs.length != 4) return super.forwardMany(inputs);
        return forward(inputs[0], inputs[1], inputs[2], inputs[3]);
    }
}
