package torch4j;

import torch4j.storage.Storage;

/**
 * An n-dimensional array with PyTorch's semantics: a view (shape, strides, offset) on a typed
 * {@link Storage}. Views share storage, so writing through a view changes its base.
 * {@code toString()} is PyTorch's repr, character for character.
 *
 * <pre>{@code
 * jshell> var x = arange(6).view(2, 3)
 * x ==> tensor([[0, 1, 2],
 *               [3, 4, 5]])
 * jshell> x.t().isContiguous()
 * false
 * }</pre>
 *
 * This class is a facade: every op lives in a package-private class next to its kin.
 */
public non-sealed class Tensor extends PythonMethods {
    Tensor(Storage storage, long[] shape, long[] strides, long offset, boolean wrappedNumber) {
        super(storage, shape, strides, offset, wrappedNumber);
    }

    Tensor(Storage storage, long[] shape, long[] strides, long offset) {
        this(storage, shape, strides, offset, false);
    }

    /** PyTorch's repr, e.g. {@code tensor([[0.3367, 0.1288],\n        [0.2345, 0.2303]])}. */
    @Override public String toString() { return TensorPrinting.repr(this); }

    // ---------------------------------------------------------------- joining and sorting

    /**
     * Views of {@code chunks} near-equal pieces along dim 0: each ceil(size / chunks) long, so the
     * last may be shorter and there may be fewer pieces than asked.
     *
     * <pre>{@code
     * jshell> arange(5).chunk(3)
     * $1 ==> [tensor([0, 1]), tensor([2, 3]), tensor([4])]
     * }</pre>
     */
    @TorchFunction public java.util.List<Tensor> chunk(int chunks) { return Joining.chunk(this, chunks, 0); }
    /** Views of {@code chunks} near-equal pieces along {@code dim}. */
    @TorchFunction public java.util.List<Tensor> chunk(int chunks, long dim) { return Joining.chunk(this, chunks, dim); }
    /** Views of {@code splitSize} along dim 0 (the last may be shorter), as {@code x.split(2)}. */
    @TorchFunction public java.util.List<Tensor> split(long splitSize) { return Joining.split(this, splitSize, 0); }
    /** Views of {@code splitSize} along {@code dim}. */
    @TorchFunction public java.util.List<Tensor> split(long splitSize, long dim) { return Joining.split(this, splitSize, dim); }
    /** Views of the given sizes along dim 0, which must sum to its size, as {@code x.split([1, 2])}. */
    @TorchFunction public java.util.List<Tensor> split(long[] sizes) { return Joining.splitWithSizes(this, sizes, 0); }
    /** Views of the given sizes along {@code dim}. */
    @TorchFunction public java.util.List<Tensor> split(long[] sizes, long dim) { return Joining.splitWithSizes(this, sizes, dim); }
    /** Same as {@link #split(long[], long)} ({@code split_with_sizes}). */
    @TorchFunction public java.util.List<Tensor> splitWithSizes(long[] sizes, long dim) { return Joining.splitWithSizes(this, sizes, dim); }
    /** Every index of dim 0 as a view with that dim removed. */
    @TorchFunction public java.util.List<Tensor> unbind() { return Joining.unbind(this, 0); }
    /** Every index of {@code dim} as a view with that dim removed. */
    @TorchFunction public java.util.List<Tensor> unbind(long dim) { return Joining.unbind(this, dim); }

    /**
     * Sorts along the last dim, ascending; NaN sorts as the largest value. Ties come out in
     * PyTorch's (unstable) order; use {@link #sort(boolean, long, boolean)} for a stable sort.
     *
     * <pre>{@code
     * jshell> tensor(3, 1, 2).sort()
     * $1 ==> torch.return_types.sort(
     * values=tensor([1, 2, 3]),
     * indices=tensor([1, 2, 0]))
     * }</pre>
     */
    @TorchFunction public ValuesIndices sort() { return Sorting.sort(this, -1, false, false); }
    /** Sorts along {@code dim}, ascending. */
    @TorchFunction public ValuesIndices sort(long dim) { return Sorting.sort(this, dim, false, false); }
    /** Sorts along the last dim, largest first when {@code descending}. */
    @TorchFunction public ValuesIndices sort(boolean descending) { return Sorting.sort(this, -1, descending, false); }
    /** Sorts along {@code dim}, largest first when {@code descending}. */
    @TorchFunction public ValuesIndices sort(long dim, boolean descending) { return Sorting.sort(this, dim, descending, false); }
    /** {@code x.sort(stable=..., dim=..., descending=...)}: a stable sort keeps ties in input order. */
    @TorchFunction public ValuesIndices sort(boolean stable, long dim, boolean descending) { return Sorting.sort(this, dim, descending, stable); }
    /** The indices that sort the last dim ascending ({@code sort().indices()}). */
    @TorchFunction public Tensor argsort() { return Sorting.sort(this, -1, false, false).indices(); }
    /** The indices that sort {@code dim} ascending. */
    @TorchFunction public Tensor argsort(long dim) { return Sorting.sort(this, dim, false, false).indices(); }
    /** The indices that sort {@code dim}, largest first when {@code descending}. */
    @TorchFunction public Tensor argsort(long dim, boolean descending) { return Sorting.sort(this, dim, descending, false).indices(); }
    /** {@code x.argsort(stable=..., dim=..., descending=...)}. */
    @TorchFunction public Tensor argsort(boolean stable, long dim, boolean descending) { return Sorting.sort(this, dim, descending, stable).indices(); }

    /**
     * The {@code k} largest elements along the last dim, largest first, with their indices.
     *
     * <pre>{@code
     * jshell> tensor(1., 5., 3.).topk(2)
     * $1 ==> torch.return_types.topk(
     * values=tensor([5., 3.]),
     * indices=tensor([1, 2]))
     * }</pre>
     */
    @TorchFunction public ValuesIndices topk(long k) { return Sorting.topk(this, k, -1, true, true); }
    /** The {@code k} largest along {@code dim}. */
    @TorchFunction public ValuesIndices topk(long k, long dim) { return Sorting.topk(this, k, dim, true, true); }
    /** The {@code k} largest (or smallest, when not {@code largest}) along {@code dim}, sorted. */
    @TorchFunction public ValuesIndices topk(long k, long dim, boolean largest) { return Sorting.topk(this, k, dim, largest, true); }
    /** {@code x.topk(k, dim, largest, sorted)}; unsorted results come in PyTorch's selection order. */
    @TorchFunction public ValuesIndices topk(long k, long dim, boolean largest, boolean sorted) { return Sorting.topk(this, k, dim, largest, sorted); }
    /** The {@code k}-th smallest element (1-based) along the last dim and its index. */
    @TorchFunction public ValuesIndices kthvalue(long k) { return Sorting.kthvalue(this, k, -1, false); }
    /** The {@code k}-th smallest along {@code dim}. */
    @TorchFunction public ValuesIndices kthvalue(long k, long dim) { return Sorting.kthvalue(this, k, dim, false); }
    /** The {@code k}-th smallest along {@code dim}, keeping it as a size-1 dim when {@code keepdim}. */
    @TorchFunction public ValuesIndices kthvalue(long k, long dim, boolean keepdim) { return Sorting.kthvalue(this, k, dim, keepdim); }

    // ---------------------------------------------------------------- indexing

    /**
     * {@code x[i, j, ...]}: selects along the leading dims (negative counts from the end); a view.
     *
     * <pre>{@code
     * jshell> arange(12).view(3, 4).get(1, -1)
     * $1 ==> tensor(7)
     * }</pre>
     */
    public Tensor get(long... indices) { return Indexing.get(this, IndexSpec.ofIndices(indices)); }

    /**
     * {@code x[spec]} for a numpy-style subscript: integers, slices {@code a:b:c} (parts may be
     * omitted), {@code ...} and {@code None}, separated by commas. Without index tensors the
     * result is a view; negative steps are rejected as in PyTorch.
     *
     * <pre>{@code
     * jshell> var x = arange(12).view(3, 4)
     * jshell> x.get(":, 1:3")
     * $2 ==> tensor([[ 1,  2],
     *                [ 5,  6],
     *                [ 9, 10]])
     * jshell> x.get("None, :, -1")
     * $3 ==> tensor([[ 3,  7, 11]])
     * }</pre>
     */
    public Tensor get(String spec) { return Indexing.get(this, IndexSpec.parse(spec)); }

    /**
     * {@code x[index]}: a bool mask over the leading dims (the selected elements or rows, 1-D
     * over the mask) or an int64 index tensor into dim 0; a copy. A 0-dim integer tensor selects,
     * as an int would.
     *
     * <pre>{@code
     * jshell> x.get(x.gt(8))
     * $4 ==> tensor([ 9, 10, 11])
     * jshell> x.get(tensor(0, 2))
     * $5 ==> tensor([[ 0,  1,  2,  3],
     *                [ 8,  9, 10, 11]])
     * }</pre>
     */
    public Tensor get(Tensor index) { return Indexing.get(this, IndexSpec.ofTensors(new Tensor[]{index})); }

    /**
     * {@code x[i0, i1, ...]} with one index tensor per leading dim (null for {@code :}); index
     * tensors broadcast together, as in numpy's advanced indexing.
     *
     * <pre>{@code
     * jshell> x.index(tensor(0, 1, 2), tensor(0, 1, 2))
     * $6 ==> tensor([ 0,  5, 10])
     * jshell> x.index(null, tensor(0, 3))
     * $7 ==> tensor([[ 0,  3],
     *                [ 4,  7],
     *                [ 8, 11]])
     * }</pre>
     */
    public Tensor index(Tensor... indices) { return Indexing.get(this, IndexSpec.ofTensors(indices)); }

    /**
     * {@code x[spec] = value}: value broadcasts to the selection and converts to this dtype.
     * Returns this tensor.
     *
     * <pre>{@code
     * jshell> zeros(2, 3).set(":, 1", 5)
     * $8 ==> tensor([[0., 5., 0.],
     *                [0., 5., 0.]])
     * }</pre>
     */
    public Tensor set(String spec, Tensor value) { Indexing.set(this, IndexSpec.parse(spec), value); return this; }
    /** {@code x[spec] = value}, the value cast to this dtype as Python's setitem does. */
    public Tensor set(String spec, double value) { Indexing.set(this, IndexSpec.parse(spec), Indexing.scalarLike(this, value)); return this; }
    /** {@code x[spec] = value} with an exact integer. */
    public Tensor set(String spec, long value) { Indexing.set(this, IndexSpec.parse(spec), Indexing.scalarLike(this, value)); return this; }
    /** {@code x[i, j, ...] = value}. */
    public Tensor set(long[] indices, Tensor value) { Indexing.set(this, IndexSpec.ofIndices(indices), value); return this; }
    /** {@code x[i, j, ...] = value}. */
    public Tensor set(long[] indices, double value) { Indexing.set(this, IndexSpec.ofIndices(indices), Indexing.scalarLike(this, value)); return this; }
    /** {@code x[i, j, ...] = value} with an exact integer. */
    public Tensor set(long[] indices, long value) { Indexing.set(this, IndexSpec.ofIndices(indices), Indexing.scalarLike(this, value)); return this; }

    /**
     * {@code x[maskOrIndex] = value}. A tensor value must have this dtype unless it holds one
     * element and the index is a mask (PyTorch's rule); nothing is written if any check fails.
     *
     * <pre>{@code
     * jshell> var y = arange(12).view(3, 4); y.set(y.gt(8), -1)
     * $9 ==> tensor([[ 0,  1,  2,  3],
     *                [ 4,  5,  6,  7],
     *                [ 8, -1, -1, -1]])
     * }</pre>
     */
    public Tensor set(Tensor maskOrIndex, Tensor value) { return set(new Tensor[]{maskOrIndex}, value); }
    /** {@code x[maskOrIndex] = value}, the value cast to this dtype. */
    public Tensor set(Tensor maskOrIndex, double value) { return set(new Tensor[]{maskOrIndex}, value); }
    /** {@code x[maskOrIndex] = value} with an exact integer. */
    public Tensor set(Tensor maskOrIndex, long value) { return set(new Tensor[]{maskOrIndex}, value); }
    /** {@code x[i0, i1, ...] = value} with index tensors (null for {@code :}), the twin of {@link #index}. */
    public Tensor set(Tensor[] indices, Tensor value) { Indexing.set(this, IndexSpec.ofTensors(indices), value); return this; }
    /** {@code x[i0, i1, ...] = value}, the value cast to this dtype. */
    public Tensor set(Tensor[] indices, double value) { Indexing.set(this, IndexSpec.ofTensors(indices), Indexing.scalarLike(this, value)); return this; }
    /** {@code x[i0, i1, ...] = value} with an exact integer. */
    public Tensor set(Tensor[] indices, long value) { Indexing.set(this, IndexSpec.ofTensors(indices), Indexing.scalarLike(this, value)); return this; }

    /** {@code x.index_put_(indices, values)}: ATen's form of {@code x[indices] = values} (null entries keep a dim whole). */
    public Tensor indexPut_(Tensor[] indices, Tensor values) { return AdvancedIndex.put(this, indices, values, false); }
    /**
     * {@code x.index_put_(indices, values, accumulate)}: with {@code accumulate} repeated indices add up.
     *
     * <pre>{@code
     * jshell> zeros(5).indexPut_(new Tensor[]{tensor(0, 0, 2)}, tensor(1., 2., 3.), true)
     * $10 ==> tensor([3., 0., 3., 0., 0.])
     * }</pre>
     */
    public Tensor indexPut_(Tensor[] indices, Tensor values, boolean accumulate) { return AdvancedIndex.put(this, indices, values, accumulate); }
    /** Out-of-place {@link #indexPut_(Tensor[], Tensor, boolean)} on a copy. */
    @TorchFunction public Tensor indexPut(Tensor[] indices, Tensor values, boolean accumulate) { return Recording.needed(this, values) ? IndexingGrad.indexPut(this, java.util.Arrays.asList(indices), values, accumulate) : AdvancedIndex.put(clone(), indices, values, accumulate); }

    /**
     * A copy with {@code value} where the (broadcast) bool mask is true.
     *
     * <pre>{@code
     * jshell> x.maskedFill(x.gt(8), -1)
     * $11 ==> tensor([[ 0,  1,  2,  3],
     *                 [ 4,  5,  6,  7],
     *                 [ 8, -1, -1, -1]])
     * }</pre>
     */
    @TorchFunction public Tensor maskedFill(Tensor mask, double value) { return Masking.maskedFill(this, mask, Conversions.scalar(value)); }
    /** {@link #maskedFill(Tensor, double)} with a 0-dim value tensor. */
    @TorchFunction public Tensor maskedFill(Tensor mask, Tensor value) { return Masking.maskedFill(this, mask, value); }
    /** Fills with {@code value} in place where the bool mask (broadcast to this shape) is true. */
    public Tensor maskedFill_(Tensor mask, double value) { return Masking.maskedFill_(this, mask, Conversions.scalar(value)); }
    /** {@link #maskedFill_(Tensor, double)} with a 0-dim value tensor. */
    public Tensor maskedFill_(Tensor mask, Tensor value) { return Masking.maskedFill_(this, mask, value); }
    /** The elements where the (broadcast) bool mask is true, as a 1-D copy. */
    @TorchFunction public Tensor maskedSelect(Tensor mask) { return Masking.maskedSelect(this, mask); }

    /**
     * Picks along {@code dim} by an int64 index of this rank: {@code out[i][j] = x[i][index[i][j]]} for dim 1.
     *
     * <pre>{@code
     * jshell> tensor(new double[][]{{1, 2}, {3, 4}}).gather(1, tensor(new long[][]{{0, 0}, {1, 0}}))
     * $12 ==> tensor([[1., 1.],
     *                 [4., 3.]])
     * }</pre>
     */
    @TorchFunction public Tensor gather(long dim, Tensor index) { return ScatterGather.gather(this, dim, index); }
    /** A copy with {@code src} written at {@code index} along {@code dim}: {@code out[i][index[i][j]] = src[i][j]} for dim 1. */
    @TorchFunction public Tensor scatter(long dim, Tensor index, Tensor src) { return Recording.needed(this, src) ? IndexingGrad.scatter(this, dim, index, src, null, false) : ScatterGather.scatter_(clone(), dim, index, src, null, false); }
    /** A copy with {@code value} written at {@code index} along {@code dim}. */
    @TorchFunction public Tensor scatter(long dim, Tensor index, double value) { return Recording.needed(this) ? IndexingGrad.scatter(this, dim, index, null, Indexing.scalarLike(this, value), false) : ScatterGather.scatter_(clone(), dim, index, null, Indexing.scalarLike(this, value), false); }
    /** In-place {@link #scatter(long, Tensor, Tensor)}. */
    public Tensor scatter_(long dim, Tensor index, Tensor src) { return ScatterGather.scatter_(this, dim, index, src, null, false); }
    /**
     * In-place {@link #scatter(long, Tensor, double)}; the one-hot idiom.
     *
     * <pre>{@code
     * jshell> zeros(3, 5).scatter_(1, tensor(1, 0, 4).unsqueeze(1), 1.0)
     * $13 ==> tensor([[0., 1., 0., 0., 0.],
     *                 [1., 0., 0., 0., 0.],
     *                 [0., 0., 0., 0., 1.]])
     * }</pre>
     */
    public Tensor scatter_(long dim, Tensor index, double value) { return ScatterGather.scatter_(this, dim, index, null, Indexing.scalarLike(this, value), false); }
    /** A copy with {@code src} added at {@code index} along {@code dim}; repeated indices add up. */
    @TorchFunction public Tensor scatterAdd(long dim, Tensor index, Tensor src) { return Recording.needed(this, src) ? IndexingGrad.scatter(this, dim, index, src, null, true) : ScatterGather.scatter_(clone(), dim, index, src, null, true); }
    /** In-place {@link #scatterAdd(long, Tensor, Tensor)}. */
    public Tensor scatterAdd_(long dim, Tensor index, Tensor src) { return ScatterGather.scatter_(this, dim, index, src, null, true); }
    /** Whole slices of {@code dim} in the order of a 1-D int64/int32 index (a copy). */
    @TorchFunction public Tensor indexSelect(long dim, Tensor index) { return ScatterGather.indexSelect(this, dim, index); }
    /** {@code (n, ndim)} int64 coordinates of the nonzero elements, row-major. */
    @TorchFunction public Tensor nonzero() { return Masking.nonzero(this); }
    /** Elements at flat row-major positions (negative from the end); the result has index's shape. */
    @TorchFunction public Tensor take(Tensor index) { return Indexing.take(this, index); }

    // ---------------------------------------------------------------- random fills (in place, PyTorch's streams)

    /** Fills with uniform samples in [0, 1) ({@code uniform_()}). */
    public Tensor uniform_() { return RandomOps.uniform_(this, 0, 1, null); }
    /** Fills with uniform samples in [from, to) ({@code uniform_(from, to)}). */
    public Tensor uniform_(double from, double to) { return RandomOps.uniform_(this, from, to, null); }
    public Tensor uniform_(double from, double to, Generator generator) { return RandomOps.uniform_(this, from, to, generator); }
    /**
     * Fills with normal samples ({@code normal_(mean, std)}); a non-contiguous tensor is filled in
     * memory order through the Box-Muller path, as PyTorch does.
     *
     * <pre>{@code
     * jshell> manualSeed(0); empty(3).normal_(2.0, 0.5)
     * $2 ==> tensor([2.7705, 1.8533, 0.9106])
     * }</pre>
     */
    public Tensor normal_() { return RandomOps.normal_(this, 0, 1, null); }
    public Tensor normal_(double mean, double std) { return RandomOps.normal_(this, mean, std, null); }
    public Tensor normal_(double mean, double std, Generator generator) { return RandomOps.normal_(this, mean, std, generator); }
    /** Fills with integers in [0, 2^mantissa] for floats, [0, max] for integers ({@code random_()}). */
    public Tensor random_() { return RandomOps.random_(this, null); }
    public Tensor random_(Generator generator) { return RandomOps.random_(this, generator); }
    /** Fills with integers in [0, to) ({@code random_(to)}). */
    public Tensor random_(long to) { return RandomOps.random_(this, 0, to, null); }
    public Tensor random_(long to, Generator generator) { return RandomOps.random_(this, 0, to, generator); }
    /** Fills with integers in [from, to) ({@code random_(from, to)}). */
    public Tensor random_(long from, long to) { return RandomOps.random_(this, from, to, null); }
    public Tensor random_(long from, long to, Generator generator) { return RandomOps.random_(this, from, to, generator); }
    /** Fills with exponential samples of rate {@code lambd} ({@code exponential_(lambd)}), drawn in double as PyTorch's CPU kernel. */
    public Tensor exponential_() { return RandomOps.exponential_(this, 1, null); }
    public Tensor exponential_(double lambd) { return RandomOps.exponential_(this, lambd, null); }
    public Tensor exponential_(double lambd, Generator generator) { return RandomOps.exponential_(this, lambd, generator); }
    /** {@code multinomial(n, replacement)}: see {@link Torch#multinomial(Tensor, long, boolean)}. */
    @TorchFunction public Tensor multinomial(long numSamples) { return RandomOps.multinomial(this, numSamples, false, null); }
    @TorchFunction public Tensor multinomial(long numSamples, boolean replacement) { return RandomOps.multinomial(this, numSamples, replacement, null); }
    @TorchFunction public Tensor multinomial(long numSamples, boolean replacement, Generator generator) {
        return RandomOps.multinomial(this, numSamples, replacement, generator);
    }
    /** Fills with 1 with probability p, else 0 ({@code bernoulli_(p)}). */
    public Tensor bernoulli_(double p) { return RandomOps.bernoulli_(this, p, null); }
    public Tensor bernoulli_(double p, Generator generator) { return RandomOps.bernoulli_(this, p, generator); }
    /** Fills with 1 with the probability at the same position of {@code p} (broadcast). */
    public Tensor bernoulli_(Tensor p) { return RandomOps.bernoulli_(this, p, null); }
    public Tensor bernoulli_(Tensor p, Generator generator) { return RandomOps.bernoulli_(this, p, generator); }
    /** 0/1 samples with this tensor's values as probabilities ({@code x.bernoulli()}). */
    @TorchFunction public Tensor bernoulli() { return RandomOps.bernoulli(this, null); }
    @TorchFunction public Tensor bernoulli(Generator generator) { return RandomOps.bernoulli(this, generator); }


    // ---------------------------------------------------------------- autograd

    /** Whether gradients flow to this tensor ({@code x.requires_grad}). */
    public boolean requiresGrad() { return requiresGrad; }

    /**
     * Makes this leaf require grad (in place; returns this).
     * <pre>{@code
     * jshell> var x = randn(2, 2).requiresGrad_()
     * x ==> tensor([[ 0.3367,  0.1288],
     *               [ 0.2345,  0.2303]], requires_grad=True)
     * }</pre>
     */
    public Tensor requiresGrad_() { return requiresGrad_(true); }

    /** Sets {@code requires_grad} of a leaf; only floating-point tensors can require gradients. */
    public Tensor requiresGrad_(boolean requires) {
        if (gradFn != null) {
            if (!requires) throw new IllegalStateException("you can only change requires_grad flags of leaf variables. If you want to use a"
                    + " computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().");
            return this;
        }
        if (requires && !isFloatingPoint())
            throw new IllegalStateException("only Tensors of floating point dtype can require gradients");
        requiresGrad = requires;
        return this;
    }

    /**
     * The accumulated gradient of a leaf ({@code x.grad}); null before backward. Reading it on a
     * non-leaf that does not retain its gradient prints PyTorch's UserWarning once.
     */
    public Tensor grad() {
        if (gradFn != null && !retainsGrad && !warnedGrad) {
            warnedGrad = true;
            System.err.println("UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad"
                    + " attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be populated for"
                    + " a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make"
                    + " sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more informations.");
        }
        return grad;
    }

    /** Sets {@code .grad} ({@code x.grad = g}; null clears it, as {@code x.grad = None}). */
    public void setGrad(Tensor g) { this.grad = g; }

    /** True for tensors not produced by a recorded op ({@code x.is_leaf}). */
    public boolean isLeaf() { return gradFn == null; }

    /** The node that produced this tensor ({@code x.grad_fn}), null for leaves. */
    public torch4j.autograd.Node gradFn() { return gradFn; }

    /** Which output of {@link #gradFn()} this tensor is ({@code x.output_nr}). */
    public int outputNr() { return outputNr; }

    /** Where a gradient for this tensor goes: its gradFn, or its leaf's AccumulateGrad (internal to the engine). */
    public torch4j.autograd.Edge gradientEdge() {
        if (gradFn != null) return new torch4j.autograd.Edge(gradFn, outputNr);
        if (!requiresGrad) return new torch4j.autograd.Edge(null, 0);
        if (accumulator == null) accumulator = new torch4j.autograd.AccumulateGrad(this);
        return new torch4j.autograd.Edge(accumulator, 0);
    }

    /** Keeps the gradient of this non-leaf in {@code .grad} after backward ({@code x.retain_grad()}). */
    public void retainGrad() {
        if (!requiresGrad) throw new IllegalStateException("can't retain_grad on Tensor that has requires_grad=False");
        if (gradFn == null || retainsGrad) return;
        retainsGrad = true;
        torch4j.autograd.Node owner = gradFn;
        gradFn.registerRetainHook(outputNr, g -> {
            if (!retainsGrad || gradFn != owner) return g;   // an in-place op since moved this tensor to a newer node
            grad = grad == null ? g.detach().clone() : grad.add(g.detach());
            return g;
        });
    }

    /** Whether {@link #retainGrad()} was called on this non-leaf. */
    public boolean retainsGrad() { return retainsGrad; }

    /**
     * Computes gradients of this scalar and accumulates them into the leaves' {@code .grad}.
     * <pre>{@code
     * jshell> var x = tensor(2.0).requiresGrad_(); x.pow(3).backward(); x.grad()
     * $3 ==> tensor(12.)
     * }</pre>
     */
    public void backward() { backward(null, null, false); }

    /** Backward with the gradient of this tensor given ({@code y.backward(gradient)}). */
    public void backward(Tensor gradient) { backward(gradient, null, false); }

    /** Backward, keeping the saved tensors for another backward when {@code retainGraph}. */
    public void backward(Tensor gradient, boolean retainGraph) { backward(gradient, retainGraph, false); }

    /** Backward building a graph of the gradients too ({@code create_graph=True}), for higher-order derivatives. */
    public void backward(Tensor gradient, Boolean retainGraph, boolean createGraph) {
        torch4j.autograd.Autograd.backward(java.util.List.of(this), java.util.Arrays.asList(gradient), retainGraph, createGraph);
    }

    /** A tensor sharing this one's storage, cut from the graph ({@code x.detach()}). */
    @TorchFunction public Tensor detach() { return view(shape, strides, offset); }

    /** Cuts this tensor from the graph in place, making it a leaf that does not require grad. */
    @TorchFunction public Tensor detach_() {
        if (viewBase != null) throw new IllegalStateException("Can't detach views in-place. Use detach() instead.");
        gradFn = null;
        requiresGrad = false;
        outputNr = 0;
        return this;
    }

    /**
     * Registers a hook called with this tensor's gradient during backward; it may return a
     * replacement gradient or null to keep it.
     * <pre>{@code
     * jshell> x.registerHook(g -> g.mul(2))
     * }</pre>
     */
    public torch4j.autograd.Node.HookHandle registerHook(java.util.function.Function<Tensor, Tensor> hook) {
        if (!requiresGrad) throw new IllegalStateException("cannot register a hook on a tensor that doesn't require gradient");
        torch4j.autograd.Edge edge = gradientEdge();
        return edge.function().registerPreHook(edge.inputNr(), hook);
    }

    // ---------------------------------------------------------------- nn: parameters and .data (helper nn)

    /**
     * A new leaf sharing {@code data}'s storage and layout (as {@code detach()}), requiring grad
     * when asked: the constructor behind {@link torch4j.nn.Parameter}.
     */
    protected Tensor(Tensor data, boolean requiresGrad) {
        this(data.storage, data.shape.clone(), data.strides.clone(), data.offset);
        if (requiresGrad) requiresGrad_(true);
    }

    /**
     * The values without the graph ({@code x.data}): a tensor sharing this one's storage, that
     * does not require grad.
     * <pre>{@code
     * jshell> tensor(2.0).requiresGrad_().data()
     * $1 ==> tensor(2.)
     * }</pre>
     */
    public Tensor data() { return view(shape, strides, offset); }

    /**
     * Makes this tensor view {@code data}'s values (PyTorch's {@code x.data = y}): storage, shape,
     * strides and dtype are swapped while the object, its grad flag and its graph stay, which is
     * how {@code Module.to(dtype)} converts parameters in place of identity.
     */
    public void setData(Tensor data) {
        if (requiresGrad && !data.isFloatingPoint())
            throw new IllegalStateException("data set to a tensor that requires gradients must be floating point or complex dtype");
        storage = data.storage;
        shape = data.shape.clone();
        strides = data.strides.clone();
        offset = data.offset;
    }
}
