package torch4j.backend;

/**
 * Reductions along dimensions, scans, sorting and selection, and the row kernels of softmax.
 * Part of the {@link Backend} primitive set; the contract of {@link Backend} applies: the op
 * layer has checked the arguments, chosen dtypes and allocated every output; inputs are read
 * through their strides (non-contiguous, broadcast with stride 0, or overlapping each other).
 *
 * <p>Results are PyTorch 1.13's CPU results to the bit where the CPU backend documents it
 * (floating sums accumulate in float64 in the orders of notes/pytorch-cpu-float-sum.md; sort,
 * topk and kthvalue order ties as libstdc++'s algorithms do). A backend without data does
 * nothing, except where a method says that PyTorch has no kernel for that device: there it throws.
 *
 * <pre>{@code
 * jshell> Torch.empty(2, 3).to("meta").sum(1)   // the meta backend's reduce: nothing to do
 * $1 ==> tensor(..., device='meta', size=(2,))
 * }</pre>
 */
public interface ReductionPrimitives {
    /**
     * One reduction per output element over the {@code reduced} dims of {@code x}.
     *
     * @param kind    what to compute
     * @param shape   x's shape
     * @param reduced which dims are reduced (the others index the outputs, row-major)
     * @param x       the input, strides over {@code shape} (any, including 0 along broadcast dims
     *                of any length, which are folded in closed form rather than element by element)
     * @param values  one element per output, dense row-major from its offset: float64 for a
     *                floating {@code x} (the value in double), int64 otherwise (sums and products
     *                wrap as int64); the op layer casts it to the result dtype
     * @param indices for MAX/MIN, int64 like {@code values}: the row-major position within the
     *                reduced elements of the first extreme (NaN wins, first NaN); null when not wanted
     * @param centers for SQDEV, float64 like {@code values}: the mean each output measures from; else null
     */
    void reduce(ReductionKind kind, long[] shape, boolean[] reduced, Operand x, Operand values, Operand indices, Operand centers);

    /**
     * Inclusive running sum ({@code prod} false) or product along the last dim of {@code shape}:
     * {@code out} is dense row-major float64 (floating {@code x}, accumulated in double) or int64
     * (otherwise, wrapping); {@code x} is read through its strides.
     */
    void scan(boolean prod, long[] shape, Operand out, Operand x);

    /**
     * cummax ({@code max} true) or cummin along the last dim of {@code shape}, as ATen's
     * cummax_cummin_helper: {@code out} (dense row-major, float64 for a floating {@code x}, else
     * int64) gets the running extreme and {@code indices} (dense int64) its position, the latest
     * among ties ({@code >=} / {@code <=}), and a NaN takes over wherever it appears.
     */
    void cumulativeExtreme(boolean max, long[] shape, Operand out, Operand indices, Operand x);

    /**
     * logcumsumexp along the last dim of {@code shape} (floating {@code x}): {@code out} dense
     * float64, each step ATen's log_add_exp_helper from -inf, accumulated in double (ATen's
     * accumulate type on the CPU, for float32 too); the op layer rounds once at the end.
     */
    void logcumsumexp(long[] shape, Operand out, Operand x);

    /**
     * Sorts every row of {@code x} along {@code dim}: {@code values} and int64 {@code indices}
     * (x's shape, their own strides) get each row ascending or descending with NaN largest and
     * -0.0 tied with 0.0; {@code stable} keeps the input order of ties, otherwise ties fall as
     * libstdc++'s {@code std::sort} leaves them. Rows of a 0-dim x are not passed here.
     */
    void sort(long[] shape, int dim, boolean descending, boolean stable, Operand values, Operand indices, Operand x);

    /**
     * The {@code k} largest (or smallest) of every row along {@code dim} into {@code values} and
     * {@code indices} (x's shape with {@code k} along dim), sorted when {@code sorted}, with the
     * tie order of ATen's CPU topk (partial sort or nth_element, as it picks).
     */
    void topk(long[] shape, int dim, int k, boolean largest, boolean sorted, Operand values, Operand indices, Operand x);

    /**
     * The {@code k}-th smallest (1-based) of every row along {@code dim}, by TH's quickselect, into
     * {@code values}/{@code indices} (x's shape with 1 along dim). A backend that has no such
     * kernel (meta, as in PyTorch) throws PyTorch's "Could not run 'aten::kthvalue.values' ...".
     */
    void kthvalue(long[] shape, int dim, int k, Operand values, Operand indices, Operand x);

    /**
     * Softmax (or log-softmax when {@code log}) of rows of {@code size} elements {@code inner}
     * apart, {@code outer} blocks of {@code size * inner}: {@code x} and {@code out} are dense
     * row-major from their offsets, of x's floating dtype; computed in double, max-shifted.
     */
    void softmax(boolean log, long outer, long size, long inner, Operand out, Operand x);

    /**
     * The gradient of {@link #softmax} given its output {@code y} and the incoming gradient
     * {@code g} (both dense as there): {@code g − e^y·Σg} for log, {@code y·(g − Σ g·y)} otherwise,
     * written to {@code out}.
     */
    void softmaxBackward(boolean log, long outer, long size, long inner, Operand out, Operand g, Operand y);

    /**
     * {@code nll_loss} forward over {@code rows} samples of {@code classes} scores: {@code x} dense
     * (rows, classes) from its offset; {@code target} int64, one per row, through its strides;
     * {@code weight} a float class weight through its strides, or null (all 1). Each counted row
     * (target ≠ {@code ignoreIndex}) gives −weight[t]·x[r, t], summed in double in row order.
     * {@code reduction}: 0 none ({@code out} dense per row), 1 mean (the sum over the total weight),
     * 2 sum ({@code out} one element). {@code totalWeight} (float64, one element) gets the total
     * weight of the counted rows. A target outside [0, classes) fails with PyTorch's
     * "Target t is out of bounds.".
     */
    void nllLoss(int reduction, long ignoreIndex, long rows, long classes, Operand out, Operand totalWeight, Operand x,
                 Operand target, Operand weight);

    /**
     * The gradient of {@link #nllLoss} with respect to its scores, into {@code out} (dense
     * (rows, classes), zero-filled): −weight[t]·g (over the total weight for mean) at each counted
     * row's target. {@code g}: one per row through its strides (reduction none) or one element.
     */
    void nllLossBackward(int reduction, long ignoreIndex, long rows, long classes, Operand out, Operand g, Operand target,
                         Operand weight, Operand totalWeight);

    /**
     * {@code mse_loss} reduced: Σ (a − b)² over {@code n} dense elements in double, divided by n
     * when {@code mean}, into the one element of {@code out} (of a's floating dtype).
     */
    void mseLoss(long n, boolean mean, Operand out, Operand a, Operand b);

    /**
     * Its gradient: {@code out[i] = (a[i] − b[i])·k}, k = 2·g / (n when {@code mean}, else 1),
     * {@code g} one element; all dense, of one floating dtype.
     */
    void mseLossBackward(long n, boolean mean, Operand out, Operand a, Operand b, Operand g);
}
