package torch4j.nn.functional;

import java.util.Arrays;
import torch4j.DType;
import torch4j.NnFunctions;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * The loss functions behind {@link F}: PyTorch 1.13's Python-level checks and broadcasting, then
 * either one kernel ({@link NnFunctions}) or ATen's composite in tensor ops, in ATen's order so the
 * graph has PyTorch's nodes.
 */
final class Losses {
    private Losses() {}


    /** "none", "mean", "sum" as ATen's enum (0, 1, 2). */
    static int reduction(String reduction) {
        return switch (reduction) {
            case "none" -> 0;
            case "mean" -> 1;
            case "sum" -> 2;
            default -> throw new IllegalArgumentException(reduction + " is not a valid value for reduction");
        };
    }

    /** The regression losses broadcast a target of another shape, with PyTorch's warning. */
    private static Tensor[] broadcastWithWarning(Tensor input, Tensor target) {
        if (input.shape().equals(target.shape())) return new Tensor[]{input, target};
        Warnings.once("Using a target size (" + target.shape() + ") that is different to the input size (" + input.shape() + "). This will likely lead"
                + " to incorrect results due to broadcasting. Please ensure they have the same size.");
        long[] shape = torch4j.storage.Shapes.broadcast(input.shape().toLongArray(), target.shape().toLongArray());
        return new Tensor[]{input.expand(shape), target.expand(shape)};
    }

    static Tensor mse(Tensor input, Tensor target, String reduction) {
        Tensor[] b = broadcastWithWarning(input, target);
        return NnFunctions.mseLoss(b[0], b[1], reduction(reduction));
    }

    /** ATen's composite: |input − target|, then the reduction. */
    static Tensor l1(Tensor input, Tensor target, String reduction) {
        Tensor[] b = broadcastWithWarning(input, target);
        int r = reduction(reduction);
        Tensor loss = b[0].sub(b[1]).abs();
        return r == 1 ? loss.mean() : r == 2 ? loss.sum() : loss;
    }

    static Tensor smoothL1(Tensor input, Tensor target, String reduction, double beta) {
        Tensor[] b = broadcastWithWarning(input, target);
        return NnFunctions.smoothL1Loss(b[0], b[1], reduction(reduction), beta);
    }

    static Tensor huber(Tensor input, Tensor target, String reduction, double delta) {
        Tensor[] b = broadcastWithWarning(input, target);
        return NnFunctions.huberLoss(b[0], b[1], reduction(reduction), delta);
    }

    static Tensor binaryCrossEntropy(Tensor input, Tensor target, Tensor weight, String reduction) {
        int r = reduction(reduction);
        if (!target.shape().equals(input.shape()))
            throw new IllegalArgumentException("Using a target size (" + target.shape() + ") that is different to the input size ("
                    + input.shape() + ") is deprecated. Please ensure they have the same size.");
        if (weight != null) weight = weight.expand(input.shape().toLongArray());
        return NnFunctions.binaryCrossEntropy(input, target, weight, r);
    }

    static Tensor bceWithLogits(Tensor input, Tensor target, Tensor weight, String reduction, Tensor posWeight) {
        int r = reduction(reduction);
        if (!target.shape().equals(input.shape()))
            throw new IllegalArgumentException("Target size (" + target.shape() + ") must be the same as input size (" + input.shape() + ")");
        return NnFunctions.bceWithLogits(input, target, weight, posWeight, r);
    }

    /** ATen's {@code nll_loss_nd}: 1-D/2-D inputs directly, 4-D as 2-D maps, 3-D and 5-D+ viewed as (N, C, 1, rest). */
    static Tensor nll(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction) {
        int r = reduction(reduction);
        if (input.dim() < 1) throw new IllegalArgumentException("Expected 1 or more dimensions (got " + input.dim() + ")");
        if (input.dim() != 1 && input.size(0) != target.size(0))
            throw new IllegalArgumentException("Expected input batch_size (" + input.size(0) + ") to match target batch_size (" + target.size(0) + ").");
        if (input.dim() <= 2) return NnFunctions.nllLoss(input, target, weight, r, ignoreIndex);
        if (input.dim() == 4) return NnFunctions.nllLoss2d(input, target, weight, r, ignoreIndex);
        long n = input.size(0), c = input.size(1);
        long[] outSize = new long[input.dim() - 1];
        outSize[0] = n;
        System.arraycopy(input.shape().toLongArray(), 2, outSize, 1, input.dim() - 2);
        long[] targetRest = Arrays.copyOfRange(target.shape().toLongArray(), 1, target.dim());
        if (!Arrays.equals(targetRest, Arrays.copyOfRange(outSize, 1, outSize.length)))
            throw new IllegalArgumentException("Expected target size " + Arrays.toString(outSize) + ", got " + Arrays.toString(target.shape().toLongArray()));
        Tensor out = NnFunctions.nllLoss2d(input.contiguous().view(n, c, 1, -1), target.contiguous().view(n, 1, -1), weight, r, ignoreIndex);
        return r == 0 ? out.view(outSize) : out;
    }

    /** ATen's {@code cross_entropy_loss}: probabilities when target has input's shape, label smoothing, or log_softmax + nll. */
    static Tensor crossEntropy(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction, double labelSmoothing) {
        int r = reduction(reduction);
        int classDim = input.dim() == 1 ? 0 : 1;
        if (input.shape().equals(target.shape())) {
            if (!target.isFloatingPoint())
                throw new IllegalArgumentException("Expected floating point type for target with class probabilities, got " + target.dtype().scalarTypeName());
            if (ignoreIndex >= 0) throw new IllegalArgumentException("ignore_index is not supported for floating point target");
            return probabilityTarget(input, target, weight, r, labelSmoothing, classDim);
        }
        if (labelSmoothing > 0) return labelSmoothed(input, target, weight, ignoreIndex, reduction, labelSmoothing, classDim);
        return nll(NnFunctions.logSoftmax(input, classDim), target, weight, ignoreIndex, reduction);
    }

    private static void checkSmoothing(double labelSmoothing) {
        if (labelSmoothing > 1.0) throw new IllegalArgumentException("label_smoothing must be between 0.0 and 1.0. Got: " + labelSmoothing);
    }

    /** −Σ log_softmax(x)·p (·weight), per sample or reduced; "mean" divides by the number of samples. */
    private static Tensor probabilityTarget(Tensor self, Tensor target, Tensor weight, int r, double labelSmoothing, int classDim) {
        long classes = self.size(classDim);
        if (weight != null && (weight.dim() != 1 || weight.numel() != classes))
            throw new IllegalArgumentException("cross_entropy: weight tensor should be defined either for all " + classes
                    + " classes or no classes but got weight tensor of shape: " + Arrays.toString(weight.shape().toLongArray()));
        Tensor input = NnFunctions.logSoftmax(self, classDim);
        if (labelSmoothing > 0) {
            checkSmoothing(labelSmoothing);
            target = NnFunctions.mulScalar(target, 1 - labelSmoothing).add(labelSmoothing / classes);
        }
        Tensor product = input.mul(target);
        if (weight != null) product = product.mul(classWeightView(weight, input.dim(), classDim));
        return switch (r) {
            case 1 -> NnFunctions.divScalar(product.sum().neg(), (double) (input.numel() / classes));
            case 2 -> product.sum().neg();
            default -> product.sum(classDim).neg();
        };
    }

    /** (1 − ε)·nll + ε/C · (−Σ log_softmax), the smoothing term masked at ignored targets. */
    private static Tensor labelSmoothed(Tensor self, Tensor target, Tensor weight, long ignoreIndex, String reduction, double eps, int classDim) {
        checkSmoothing(eps);
        Tensor input = NnFunctions.logSoftmax(self, classDim);
        Tensor nll = nll(input, target, weight, ignoreIndex, reduction);
        long classes = input.size(classDim);
        Tensor ignoreMask = target.eq(ignoreIndex);
        Tensor smooth = (weight == null ? input : input.mul(classWeightView(weight, input.dim(), classDim))).sum(classDim).neg();
        smooth.maskedFill_(ignoreMask, 0.0);
        Tensor ret = switch (reduction(reduction)) {
            case 1 -> weight == null ? smooth.sum().div(ignoreMask.logicalNot().sum())
                    : smooth.sum().div(weight.gather(0, target.maskedSelect(ignoreMask.logicalNot()).flatten()).sum());
            case 2 -> smooth.sum();
            default -> smooth;
        };
        return NnFunctions.mulScalar(nll, 1 - eps).add(NnFunctions.mulScalar(ret, eps / classes));
    }

    /** The class weights as (1, C, 1, …) to broadcast against an input with classes on {@code classDim}. */
    private static Tensor classWeightView(Tensor weight, int dims, int classDim) {
        if (dims <= 1) return weight;
        long[] shape = new long[dims];
        Arrays.fill(shape, 1);
        shape[classDim] = weight.size(0);
        return weight.view(shape);
    }

    /** PyTorch's kl_div: t·(log t − x) (xlogy, 0 where t = 0), or eᵗ·(t − x) with log targets; batchmean sums and divides by N. */
    static Tensor klDiv(Tensor input, Tensor target, String reduction, boolean logTarget) {
        if (reduction.equals("mean"))
            Warnings.once("reduction: 'mean' divides the total loss by both the batch size and the support size.'batchmean' divides only by the"
                    + " batch size, and aligns with the KL div math definition.'mean' will be changed to behave the same as 'batchmean' in the"
                    + " next major release.");
        int r = reduction.equals("batchmean") ? 2 : reduction(reduction);
        Tensor loss;
        if (logTarget) loss = target.exp().mul(target.sub(input));
        else {
            Tensor xlogy = Torch.where(target.eq(0.0), Torch.zerosLike(target), target.mul(target.log()));
            loss = xlogy.sub(target.mul(input));
        }
        Tensor reduced = r == 1 ? loss.mean() : r == 2 ? loss.sum() : loss;
        return reduction.equals("batchmean") && input.dim() != 0 ? reduced.div((double) input.size(0)) : reduced;
    }

    /** {@code F.one_hot}: int64 in, int64 (…, numClasses) out; −1 infers the class count as max + 1. */
    static Tensor oneHot(Tensor x, long numClasses) {
        if (x.dtype() != DType.INT64) throw new IllegalArgumentException("one_hot is only applicable to index tensor.");
        if (x.numel() == 0) {
            if (numClasses <= 0) throw new IllegalArgumentException("Can not infer total number of classes from empty tensor.");
        } else {
            if (x.min().longValue() < 0) throw new IllegalArgumentException("Class values must be non-negative.");
            long max = x.max().longValue();
            if (numClasses == -1) numClasses = max + 1;
            else if (max >= numClasses) throw new IllegalArgumentException("Class values must be smaller than num_classes.");
        }
        long[] shape = Arrays.copyOf(x.shape().toLongArray(), x.dim() + 1);
        shape[x.dim()] = numClasses;
        return Torch.zeros(shape, DType.INT64, x.device()).scatter(x.dim(), x.unsqueeze(-1), 1.0);
    }
}
