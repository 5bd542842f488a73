package torch4j;

import java.util.List;

/**
 * A part of {@link Tensor}'s methods: Shape, flipping, splitting, triangle/diagonal and scatter-into-slice ops.
 * Split from {@code Tensor} only to keep files small; users see one class.
 */
abstract sealed class ShapeMethods extends ReductionMethods permits LinalgMethods {
    ShapeMethods(torch4j.storage.Storage storage, long[] shape, long[] strides, long offset, boolean wrappedNumber) {
        super(storage, shape, strides, offset, wrappedNumber);
    }

    // ---------------------------------------------------------------- views

    /** The last two dims swapped, a view ({@code x.adjoint()}; the conjugate is a no-op for real dtypes). <pre>{@code jshell> arange(6).view(2, 3).adjoint().shape()  ==> torch.Size([3, 2])}</pre> */
    @TorchFunction public Tensor adjoint() { return ShapeViews.adjoint(self()); }

    /** A view of the same storage with any sizes and strides ({@code x.as_strided(size, stride)}). <pre>{@code jshell> arange(6).asStrided(new long[]{2, 2}, new long[]{1, 2})  ==> tensor([[0, 2], [1, 3]])}</pre> */
    @TorchFunction public Tensor asStrided(long[] size, long[] stride) { return ShapeViews.asStrided(self(), size, stride, offset); }
    /** {@code x.as_strided(size, stride, storage_offset)}. */
    @TorchFunction public Tensor asStrided(long[] size, long[] stride, long storageOffset) { return ShapeViews.asStrided(self(), size, stride, storageOffset); }

    /** {@code x.broadcast_to(shape)}: expand to a shape, as a view. <pre>{@code jshell> tensor(1, 2).broadcastTo(2, 2)  ==> tensor([[1, 2], [1, 2]])}</pre> */
    @TorchFunction public Tensor broadcastTo(long... size) { return Views.expand(self(), size); }

    /** The main diagonal of the first two dims, a view. <pre>{@code jshell> arange(9).view(3, 3).diagonal()  ==> tensor([0, 4, 8])}</pre> */
    @TorchFunction public Tensor diagonal() { return ShapeViews.diagonal(self(), 0, 0, 1); }
    /** {@code x.diagonal(offset)}: above the main diagonal for offset > 0, below for offset < 0. */
    @TorchFunction public Tensor diagonal(long offset) { return ShapeViews.diagonal(self(), offset, 0, 1); }
    /** {@code x.diagonal(offset, dim1, dim2)}: the diagonal of dims dim1, dim2, appended as the last dim. */
    @TorchFunction public Tensor diagonal(long offset, long dim1, long dim2) { return ShapeViews.diagonal(self(), offset, dim1, dim2); }

    /** Dims moved from {@code source} to {@code destination}, the others keeping their order (a view). <pre>{@code jshell> zeros(2, 3, 4).movedim(0, -1).shape()  ==> torch.Size([3, 4, 2])}</pre> */
    @TorchFunction public Tensor movedim(long source, long destination) { return ShapeViews.movedim(self(), new long[]{source}, new long[]{destination}); }
    /** {@code x.movedim((s0, s1), (d0, d1))}. */
    @TorchFunction public Tensor movedim(long[] source, long[] destination) { return ShapeViews.movedim(self(), source, destination); }
    /** NumPy's name for {@link #movedim(long, long)}. */
    @TorchFunction public Tensor moveaxis(long source, long destination) { return movedim(source, destination); }
    /** NumPy's name for {@link #movedim(long[], long[])}. */
    @TorchFunction public Tensor moveaxis(long[] source, long[] destination) { return movedim(source, destination); }
    /** NumPy's name for {@link Tensor#transpose}. <pre>{@code jshell> zeros(2, 3).swapaxes(0, 1).shape()  ==> torch.Size([3, 2])}</pre> */
    @TorchFunction public Tensor swapaxes(long axis0, long axis1) { return Views.transpose(self(), axis0, axis1); }
    /** In-place {@link #swapaxes}: x's own sizes and strides swapped (ATen's transpose_). */
    public Tensor swapaxes_(long axis0, long axis1) { return ShapeViews.swap_(self(), axis0, axis1); }
    /** In-place {@link #swapdims}. */
    public Tensor swapdims_(long dim0, long dim1) { return ShapeViews.swap_(self(), dim0, dim1); }
    /** Another name for {@link Tensor#transpose}. */
    @TorchFunction public Tensor swapdims(long dim0, long dim1) { return Views.transpose(self(), dim0, dim1); }
    /** Flattened to 1-D: a view when contiguous, else a copy. <pre>{@code jshell> arange(4).view(2, 2).t().ravel()  ==> tensor([0, 2, 1, 3])}</pre> */
    @TorchFunction public Tensor ravel() { return ShapeViews.ravel(self()); }

    // ---------------------------------------------------------------- splits (views)

    /** {@code sections} pieces along dim 0 whose sizes differ by at most one. <pre>{@code jshell> arange(5).tensorSplit(2)  ==> [tensor([0, 1, 2]), tensor([3, 4])]}</pre> */
    @TorchFunction public List<Tensor> tensorSplit(long sections) { return ShapeViews.tensorSplit(self(), sections, 0); }
    /** {@code x.tensor_split(sections, dim)}. */
    @TorchFunction public List<Tensor> tensorSplit(long sections, long dim) { return ShapeViews.tensorSplit(self(), sections, dim); }
    /** {@code x.tensor_split([i, j])}: pieces cut before each index along dim 0. */
    @TorchFunction public List<Tensor> tensorSplit(long[] indices) { return ShapeViews.tensorSplit(self(), indices, 0); }
    /** {@code x.tensor_split([i, j], dim)}. */
    @TorchFunction public List<Tensor> tensorSplit(long[] indices, long dim) { return ShapeViews.tensorSplit(self(), indices, dim); }
    /** {@code x.tensor_split(t)}: a 0-dim int64 CPU tensor is a section count, a 1-D one the indices. */
    @TorchFunction public List<Tensor> tensorSplit(Tensor indicesOrSections) { return ShapeViews.tensorSplit(self(), indicesOrSections, 0); }
    /** {@code x.tensor_split(t, dim)}. */
    @TorchFunction public List<Tensor> tensorSplit(Tensor indicesOrSections, long dim) { return ShapeViews.tensorSplit(self(), indicesOrSections, dim); }
    /** Equal pieces along dim 1 (dim 0 of a 1-D tensor). <pre>{@code jshell> zeros(2, 4).hsplit(2).size()  ==> 2}</pre> */
    @TorchFunction public List<Tensor> hsplit(long sections) { return ShapeViews.directionalSplit("torch.hsplit", self(), sections, 1, 1); }
    /** {@code x.hsplit([i, j])}. */
    @TorchFunction public List<Tensor> hsplit(long[] indices) { return ShapeViews.directionalSplit("torch.hsplit", self(), indices, 1, 1); }
    /** Equal pieces along dim 0 of a tensor of at least 2 dims. */
    @TorchFunction public List<Tensor> vsplit(long sections) { return ShapeViews.directionalSplit("torch.vsplit", self(), sections, 2, 0); }
    /** {@code x.vsplit([i, j])}. */
    @TorchFunction public List<Tensor> vsplit(long[] indices) { return ShapeViews.directionalSplit("torch.vsplit", self(), indices, 2, 0); }
    /** Equal pieces along dim 2 of a tensor of at least 3 dims. */
    @TorchFunction public List<Tensor> dsplit(long sections) { return ShapeViews.directionalSplit("torch.dsplit", self(), sections, 3, 2); }
    /** {@code x.dsplit([i, j])}. */
    @TorchFunction public List<Tensor> dsplit(long[] indices) { return ShapeViews.directionalSplit("torch.dsplit", self(), indices, 3, 2); }

    // ---------------------------------------------------------------- reordering (copies)

    /** The elements in reverse order along {@code dims} (a copy). <pre>{@code jshell> arange(4).view(2, 2).flip(0)  ==> tensor([[2, 3], [0, 1]])}</pre> */
    @TorchFunction public Tensor flip(long... dims) { return Reordering.flip(self(), dims); }
    /** Reversed along dim 1. */
    @TorchFunction public Tensor fliplr() { return Reordering.fliplr(self()); }
    /** Reversed along dim 0. */
    @TorchFunction public Tensor flipud() { return Reordering.flipud(self()); }
    /** The flattened elements shifted by {@code shifts}, wrapping around, in x's shape. <pre>{@code jshell> arange(4).roll(1)  ==> tensor([3, 0, 1, 2])}</pre> */
    @TorchFunction public Tensor roll(long shifts) { return Reordering.roll(self(), new long[]{shifts}, new long[0]); }
    /** {@code x.roll(shifts, dim)}. */
    @TorchFunction public Tensor roll(long shifts, long dim) { return Reordering.roll(self(), new long[]{shifts}, new long[]{dim}); }
    /** {@code x.roll((s0, s1), (d0, d1))}. */
    @TorchFunction public Tensor roll(long[] shifts, long[] dims) { return Reordering.roll(self(), shifts, dims); }
    /** Rotated by 90 degrees from dim 0 towards dim 1. <pre>{@code jshell> arange(4).view(2, 2).rot90()  ==> tensor([[1, 3], [0, 2]])}</pre> */
    @TorchFunction public Tensor rot90() { return Reordering.rot90(self(), 1, new long[]{0, 1}); }
    /** {@code x.rot90(k)}: k quarter turns (negative: the other way). */
    @TorchFunction public Tensor rot90(long k) { return Reordering.rot90(self(), k, new long[]{0, 1}); }
    /** {@code x.rot90(k, [d0, d1])}. */
    @TorchFunction public Tensor rot90(long k, long[] dims) { return Reordering.rot90(self(), k, dims); }
    /** x tiled {@code sizes[d]} times along each dim, leading sizes adding dims. <pre>{@code jshell> tensor(1, 2).repeat(2, 2)  ==> tensor([[1, 2, 1, 2], [1, 2, 1, 2]])}</pre> */
    public Tensor repeat(long... sizes) { return NnAttention.repeat(self(), sizes); }
    /** {@code repeat} with fewer counts than dims allowed (leading ones added). <pre>{@code jshell> tensor(1, 2).tile(2)  ==> tensor([1, 2, 1, 2])}</pre> */
    @TorchFunction public Tensor tile(long... dims) { return Reordering.tile(self(), dims); }
    /** Each element repeated in place, of the flattened tensor. <pre>{@code jshell> tensor(1, 2).repeatInterleave(2)  ==> tensor([1, 1, 2, 2])}</pre> */
    @TorchFunction public Tensor repeatInterleave(long repeats) { return Reordering.repeatInterleave(self(), repeats, null); }
    /** {@code x.repeat_interleave(repeats, dim)}. */
    @TorchFunction public Tensor repeatInterleave(long repeats, long dim) { return Reordering.repeatInterleave(self(), repeats, dim); }
    /** {@code x.repeat_interleave(t)}: a count per element of the flattened tensor. */
    @TorchFunction public Tensor repeatInterleave(Tensor repeats) { return Reordering.repeatInterleave(self(), repeats, null); }
    /** {@code x.repeat_interleave(t, dim)}: a count per index of {@code dim}. */
    @TorchFunction public Tensor repeatInterleave(Tensor repeats, long dim) { return Reordering.repeatInterleave(self(), repeats, dim); }
    /** {@code x.narrow(dim, start, length)} as a contiguous copy. */
    @TorchFunction public Tensor narrowCopy(long dim, long start, long length) { return Reordering.narrowCopy(self(), dim, start, length); }
    /** The flattened x gathered at {@code indices}. <pre>{@code jshell> tensor(5, 6, 7).takeAlongDim(tensor(2, 0))  ==> tensor([7, 5])}</pre> */
    @TorchFunction public Tensor takeAlongDim(Tensor indices) { return Reordering.takeAlongDim(self(), indices, null); }
    /** {@code x.take_along_dim(indices, dim)}: gather with x and indices broadcast except along dim. */
    @TorchFunction public Tensor takeAlongDim(Tensor indices, long dim) { return Reordering.takeAlongDim(self(), indices, dim); }

    // ---------------------------------------------------------------- triangles and diagonals

    /** The lower triangle of the last two dims, zeros above. <pre>{@code jshell> ones(2, 2).tril()  ==> tensor([[1., 0.], [1., 1.]])}</pre> */
    @TorchFunction public Tensor tril() { return Triangles.triangle(self(), 0, true); }
    /** {@code x.tril(diagonal)}. */
    @TorchFunction public Tensor tril(long diagonal) { return Triangles.triangle(self(), diagonal, true); }
    /** The upper triangle of the last two dims, zeros below. */
    @TorchFunction public Tensor triu() { return Triangles.triangle(self(), 0, false); }
    /** {@code x.triu(diagonal)}. */
    @TorchFunction public Tensor triu(long diagonal) { return Triangles.triangle(self(), diagonal, false); }
    /** In-place {@link #tril()}. */
    public Tensor tril_() { return Triangles.triangle_(self(), 0, true); }
    /** In-place {@link #tril(long)}. */
    public Tensor tril_(long diagonal) { return Triangles.triangle_(self(), diagonal, true); }
    /** In-place {@link #triu()}. */
    public Tensor triu_() { return Triangles.triangle_(self(), 0, false); }
    /** In-place {@link #triu(long)}. */
    public Tensor triu_(long diagonal) { return Triangles.triangle_(self(), diagonal, false); }
    /** A vector as a diagonal matrix, or a matrix's diagonal (a copy). <pre>{@code jshell> tensor(1, 2).diag()  ==> tensor([[1, 0], [0, 2]])}</pre> */
    @TorchFunction public Tensor diag() { return Triangles.diag(self(), 0); }
    /** {@code x.diag(diagonal)}. */
    @TorchFunction public Tensor diag(long diagonal) { return Triangles.diag(self(), diagonal); }
    /** The flattened x as a diagonal matrix. */
    @TorchFunction public Tensor diagflat() { return Triangles.diagflat(self(), 0); }
    /** {@code x.diagflat(offset)}. */
    @TorchFunction public Tensor diagflat(long offset) { return Triangles.diagflat(self(), offset); }
    /** The last dim placed on the diagonal of two new last dims. <pre>{@code jshell> ones(2, 2).diagEmbed().shape()  ==> torch.Size([2, 2, 2])}</pre> */
    @TorchFunction public Tensor diagEmbed() { return Triangles.diagEmbed(self(), 0, -2, -1); }
    /** {@code x.diag_embed(offset)}. */
    @TorchFunction public Tensor diagEmbed(long offset) { return Triangles.diagEmbed(self(), offset, -2, -1); }
    /** {@code x.diag_embed(offset, dim1, dim2)}. */
    @TorchFunction public Tensor diagEmbed(long offset, long dim1, long dim2) { return Triangles.diagEmbed(self(), offset, dim1, dim2); }

    // ---------------------------------------------------------------- scatter into a view (copies)

    /** A copy of x with {@code src} written at {@code index} of {@code dim}. <pre>{@code jshell> zeros(2, 2).selectScatter(ones(2), 0, 0)  ==> tensor([[1., 1.], [0., 0.]])}</pre> */
    @TorchFunction public Tensor selectScatter(Tensor src, long dim, long index) { return ScatterInto.selectScatter(self(), src, dim, index); }
    /** A copy of x with {@code src} written over {@code x[:]} along dim 0. */
    @TorchFunction public Tensor sliceScatter(Tensor src) { return sliceScatter(src, 0, 0, Long.MAX_VALUE, 1); }
    /** {@code x.slice_scatter(src, dim)}. */
    @TorchFunction public Tensor sliceScatter(Tensor src, long dim) { return sliceScatter(src, dim, 0, Long.MAX_VALUE, 1); }
    /** {@code x.slice_scatter(src, dim, start)}. */
    @TorchFunction public Tensor sliceScatter(Tensor src, long dim, long start) { return sliceScatter(src, dim, start, Long.MAX_VALUE, 1); }
    /** {@code x.slice_scatter(src, dim, start, end)}. */
    @TorchFunction public Tensor sliceScatter(Tensor src, long dim, long start, long end) { return sliceScatter(src, dim, start, end, 1); }
    /** {@code x.slice_scatter(src, dim, start, end, step)}: src written over {@code x[start:end:step]} along dim. */
    @TorchFunction public Tensor sliceScatter(Tensor src, long dim, long start, long end, long step) { return ScatterInto.sliceScatter(self(), src, dim, start, end, step); }
    /** A copy of x with {@code src} on its main diagonal. */
    @TorchFunction public Tensor diagonalScatter(Tensor src) { return ScatterInto.diagonalScatter(self(), src, 0, 0, 1); }
    /** {@code x.diagonal_scatter(src, offset)}. */
    @TorchFunction public Tensor diagonalScatter(Tensor src, long offset) { return ScatterInto.diagonalScatter(self(), src, offset, 0, 1); }
    /** {@code x.diagonal_scatter(src, offset, dim1, dim2)}. */
    @TorchFunction public Tensor diagonalScatter(Tensor src, long offset, long dim1, long dim2) { return ScatterInto.diagonalScatter(self(), src, offset, dim1, dim2); }
    /** A (contiguous) copy of x with {@code src} written through {@code as_strided(size, stride)} of the copy. */
    @TorchFunction public Tensor asStridedScatter(Tensor src, long[] size, long[] stride) { return ScatterInto.asStridedScatter(self(), src, size, stride, null); }
    /** {@code x.as_strided_scatter(src, size, stride, storage_offset)}. */
    @TorchFunction public Tensor asStridedScatter(Tensor src, long[] size, long[] stride, long storageOffset) { return ScatterInto.asStridedScatter(self(), src, size, stride, storageOffset); }

    // ---------------------------------------------------------------- index_* and put

    /** A copy of x with the slices of {@code source} added at {@code index} along dim. <pre>{@code jshell> zeros(3).indexAdd(0, tensor(0, 0), tensor(1., 2.))  ==> tensor([3., 0., 0.])}</pre> */
    @TorchFunction public Tensor indexAdd(long dim, Tensor index, Tensor source) { return IndexInto.indexAdd(self(), dim, index, source, 1); }
    /** {@code x.index_add(dim, index, source, alpha=alpha)}. */
    @TorchFunction public Tensor indexAdd(long dim, Tensor index, Tensor source, double alpha) { return IndexInto.indexAdd(self(), dim, index, source, alpha); }
    /** In-place {@link #indexAdd(long, Tensor, Tensor)}. */
    public Tensor indexAdd_(long dim, Tensor index, Tensor source) { return IndexInto.indexAdd_(self(), dim, index, source, 1); }
    /** In-place {@link #indexAdd(long, Tensor, Tensor, double)}. */
    public Tensor indexAdd_(long dim, Tensor index, Tensor source, double alpha) { return IndexInto.indexAdd_(self(), dim, index, source, alpha); }
    /** A copy of x with the slices of {@code source} written at {@code index} along dim. */
    @TorchFunction public Tensor indexCopy(long dim, Tensor index, Tensor source) { return IndexInto.indexCopy(self(), dim, index, source); }
    /** In-place {@link #indexCopy}. */
    public Tensor indexCopy_(long dim, Tensor index, Tensor source) { return IndexInto.indexCopy_(self(), dim, index, source); }
    /** A copy of x with the slices at {@code index} along dim set to {@code value}. <pre>{@code jshell> zeros(3).indexFill(0, tensor(1L), 5)  ==> tensor([0., 5., 0.])}</pre> */
    @TorchFunction public Tensor indexFill(long dim, Tensor index, double value) { return IndexInto.indexFill(self(), dim, index, Conversions.scalar(value)); }
    /** {@code x.index_fill(dim, index, value)} with an integer value. */
    @TorchFunction public Tensor indexFill(long dim, Tensor index, long value) { return IndexInto.indexFill(self(), dim, index, Conversions.scalar(value)); }
    /** {@code x.index_fill(dim, index, value)} with a 0-dim tensor value (IndexFillBackward1). */
    @TorchFunction public Tensor indexFill(long dim, Tensor index, Tensor value) { return IndexInto.indexFill(self(), dim, index, value); }
    /** In-place {@link #indexFill(long, Tensor, double)}. */
    public Tensor indexFill_(long dim, Tensor index, double value) { return IndexInto.indexFill_(self(), dim, index, Conversions.scalar(value)); }
    /** In-place {@link #indexFill(long, Tensor, long)}. */
    public Tensor indexFill_(long dim, Tensor index, long value) { return IndexInto.indexFill_(self(), dim, index, Conversions.scalar(value)); }
    /** In-place {@link #indexFill(long, Tensor, Tensor)}. */
    public Tensor indexFill_(long dim, Tensor index, Tensor value) { return IndexInto.indexFill_(self(), dim, index, value); }
    /** A copy of x with {@code source}'s elements written, in order, where {@code mask} is true. <pre>{@code jshell> zeros(3).maskedScatter(tensor(true, false, true), tensor(1., 2.))  ==> tensor([1., 0., 2.])}</pre> */
    @TorchFunction public Tensor maskedScatter(Tensor mask, Tensor source) { return IndexInto.maskedScatter(self(), mask, source); }
    /** In-place {@link #maskedScatter}. */
    public Tensor maskedScatter_(Tensor mask, Tensor source) { return IndexInto.maskedScatter_(self(), mask, source); }
    /** A copy of x with {@code source} written at the flat (row-major) positions {@code index}. <pre>{@code jshell> zeros(2, 2).put(tensor(3L), tensor(1.))  ==> tensor([[0., 0.], [0., 1.]])}</pre> */
    @TorchFunction public Tensor put(Tensor index, Tensor source) { return IndexInto.put(self(), index, source, false); }
    /** {@code x.put(index, source, accumulate)}: with accumulate, repeated positions add up. */
    @TorchFunction public Tensor put(Tensor index, Tensor source, boolean accumulate) { return IndexInto.put(self(), index, source, accumulate); }
    /** In-place {@link #put(Tensor, Tensor)}. */
    public Tensor put_(Tensor index, Tensor source) { return IndexInto.put_(self(), index, source, false); }
    /** In-place {@link #put(Tensor, Tensor, boolean)}. */
    public Tensor put_(Tensor index, Tensor source, boolean accumulate) { return IndexInto.put_(self(), index, source, accumulate); }
    /** A copy of x with each src element combined ("sum", "prod", "mean", "amax", "amin") into the position index names along dim, x's own value included. <pre>{@code jshell> zeros(2).scatterReduce(0, tensor(0L, 0L, 1L), tensor(1., 2., 3.), "amax")  ==> tensor([2., 3.])}</pre> */
    @TorchFunction public Tensor scatterReduce(long dim, Tensor index, Tensor src, String reduce) { return ScatterReduce.scatterReduce(self(), dim, index, src, reduce, true); }
    /** {@code x.scatter_reduce(dim, index, src, reduce, include_self=...)}: without x's values where src lands when false. */
    @TorchFunction public Tensor scatterReduce(long dim, Tensor index, Tensor src, String reduce, boolean includeSelf) { return ScatterReduce.scatterReduce(self(), dim, index, src, reduce, includeSelf); }
    /** In-place {@link #scatterReduce(long, Tensor, Tensor, String)}. */
    public Tensor scatterReduce_(long dim, Tensor index, Tensor src, String reduce) { return ScatterReduce.scatterReduce_(self(), dim, index, src, reduce, true); }
    /** In-place {@link #scatterReduce(long, Tensor, Tensor, String, boolean)}. */
    public Tensor scatterReduce_(long dim, Tensor index, Tensor src, String reduce, boolean includeSelf) { return ScatterReduce.scatterReduce_(self(), dim, index, src, reduce, includeSelf); }
    /** A copy of x with the slices of {@code source} combined ("prod", "mean", "amax", "amin") into the slices index names along dim. <pre>{@code jshell> ones(2).indexReduce(0, tensor(1L, 1L), tensor(2., 3.), "prod")  ==> tensor([1., 6.])}</pre> */
    @TorchFunction public Tensor indexReduce(long dim, Tensor index, Tensor source, String reduce) { return ScatterReduce.indexReduce(self(), dim, index, source, reduce, true); }
    /** {@code x.index_reduce(dim, index, source, reduce, include_self=...)}. */
    @TorchFunction public Tensor indexReduce(long dim, Tensor index, Tensor source, String reduce, boolean includeSelf) { return ScatterReduce.indexReduce(self(), dim, index, source, reduce, includeSelf); }
    /** In-place {@link #indexReduce(long, Tensor, Tensor, String)}. */
    public Tensor indexReduce_(long dim, Tensor index, Tensor source, String reduce) { return ScatterReduce.indexReduce_(self(), dim, index, source, reduce, true); }
    /** In-place {@link #indexReduce(long, Tensor, Tensor, String, boolean)}. */
    public Tensor indexReduce_(long dim, Tensor index, Tensor source, String reduce, boolean includeSelf) { return ScatterReduce.indexReduce_(self(), dim, index, source, reduce, includeSelf); }
    /** {@code x.resize_as_(other)}: {@code resize_} to other's shape. */
    @TorchFunction public Tensor resizeAs_(Tensor other) { return self().resize_(other.shape.clone()); }
}
