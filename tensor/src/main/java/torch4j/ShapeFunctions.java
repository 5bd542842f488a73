package torch4j;

import java.util.List;

/**
 * A part of the {@code torch} namespace ({@link Torch} inherits it, so {@code import static
 * torch4j.Torch.*} brings it in): Function-only shape ops: {@code meshgrid}, {@code block_diag}, {@code cartesian_prod}, {@code atleast_*d}, {@code broadcast_tensors}, {@code dstack}/{@code hstack}/{@code vstack}.
 */
public abstract class ShapeFunctions extends ReductionFunctions {
    ShapeFunctions() {}

    /** Coordinate grids of 1-D tensors, matrix ("ij") or Cartesian ("xy") indexing; each grid is an expanded view. <pre>{@code jshell> meshgrid(List.of(tensor(1, 2), tensor(3, 4, 5)), "ij").get(0)  ==> tensor([[1, 1, 1], [2, 2, 2]])}</pre> */
    public static List<Tensor> meshgrid(List<Tensor> tensors, String indexing) { return ShapeViews.meshgrid(tensors, indexing); }
    /** {@code torch.meshgrid(a, b, indexing="ij")}, PyTorch 1.13's default indexing. */
    public static List<Tensor> meshgrid(Tensor... tensors) { return ShapeViews.meshgrid(List.of(tensors), "ij"); }

    /** The inputs expanded to their common broadcast shape (views; an input already of that shape itself). <pre>{@code jshell> broadcastTensors(zeros(2, 1), zeros(3)).get(0).shape()  ==> torch.Size([2, 3])}</pre> */
    public static List<Tensor> broadcastTensors(Tensor... tensors) { return ShapeViews.broadcastTensors(List.of(tensors)); }
    /** {@code torch.broadcast_tensors(*tensors)} of a list. */
    public static List<Tensor> broadcastTensors(List<Tensor> tensors) { return ShapeViews.broadcastTensors(tensors); }

    /** x with at least one dim (a 0-dim tensor reshaped to [1]). <pre>{@code jshell> atleast1d(tensor(1.)).shape()  ==> torch.Size([1])}</pre> */
    public static Tensor atleast1d(Tensor x) { return ShapeViews.atleast(x, 1); }
    /** {@code torch.atleast_1d} of each. */
    public static List<Tensor> atleast1d(Tensor... tensors) { return List.of(tensors).stream().map(t -> ShapeViews.atleast(t, 1)).toList(); }
    /** x with at least two dims (a 1-D tensor as a row). */
    public static Tensor atleast2d(Tensor x) { return ShapeViews.atleast(x, 2); }
    /** {@code torch.atleast_2d} of each. */
    public static List<Tensor> atleast2d(Tensor... tensors) { return List.of(tensors).stream().map(t -> ShapeViews.atleast(t, 2)).toList(); }
    /** x with at least three dims (1-D as [1, n, 1], 2-D as [m, n, 1]). */
    public static Tensor atleast3d(Tensor x) { return ShapeViews.atleast(x, 3); }
    /** {@code torch.atleast_3d} of each. */
    public static List<Tensor> atleast3d(Tensor... tensors) { return List.of(tensors).stream().map(t -> ShapeViews.atleast(t, 3)).toList(); }

    /** Concatenated column-wise (along dim 1; along dim 0 for 1-D inputs). <pre>{@code jshell> hstack(List.of(tensor(1, 2), tensor(3)))  ==> tensor([1, 2, 3])}</pre> */
    public static Tensor hstack(List<Tensor> tensors) { return Stacking.hstack(tensors); }
    /** {@code torch.hstack((a, b))}. */
    public static Tensor hstack(Tensor... tensors) { return Stacking.hstack(List.of(tensors)); }
    /** Concatenated row-wise (along dim 0, 1-D inputs as rows). <pre>{@code jshell> vstack(List.of(tensor(1, 2), tensor(3, 4)))  ==> tensor([[1, 2], [3, 4]])}</pre> */
    public static Tensor vstack(List<Tensor> tensors) { return Stacking.vstack(tensors); }
    /** {@code torch.vstack((a, b))}. */
    public static Tensor vstack(Tensor... tensors) { return Stacking.vstack(List.of(tensors)); }
    /** Another name for {@link #vstack(List)}. */
    public static Tensor rowStack(List<Tensor> tensors) { return Stacking.vstack(tensors); }
    /** {@code torch.row_stack((a, b))}. */
    public static Tensor rowStack(Tensor... tensors) { return Stacking.vstack(List.of(tensors)); }
    /** Concatenated depth-wise (along dim 2, inputs made at least 3-D). */
    public static Tensor dstack(List<Tensor> tensors) { return Stacking.dstack(tensors); }
    /** {@code torch.dstack((a, b))}. */
    public static Tensor dstack(Tensor... tensors) { return Stacking.dstack(List.of(tensors)); }
    /** 0-D and 1-D inputs as columns, concatenated along dim 1. <pre>{@code jshell> columnStack(List.of(tensor(1, 2), tensor(3, 4)))  ==> tensor([[1, 3], [2, 4]])}</pre> */
    public static Tensor columnStack(List<Tensor> tensors) { return Stacking.columnStack(tensors); }
    /** {@code torch.column_stack((a, b))}. */
    public static Tensor columnStack(Tensor... tensors) { return Stacking.columnStack(List.of(tensors)); }

    /** Blocks down the diagonal of one matrix, zeros elsewhere. <pre>{@code jshell> blockDiag(ones(1, 1), tensor(2., 3.))  ==> tensor([[1., 0., 0.], [0., 2., 3.]])}</pre> */
    public static Tensor blockDiag(Tensor... tensors) { return Triangles.blockDiag(List.of(tensors)); }
    /** {@code torch.block_diag(*tensors)} of a list. */
    public static Tensor blockDiag(List<Tensor> tensors) { return Triangles.blockDiag(tensors); }
    /** Every combination of the 1-D inputs' elements, one per row. <pre>{@code jshell> cartesianProd(tensor(1, 2), tensor(3))  ==> tensor([[1, 3], [2, 3]])}</pre> */
    public static Tensor cartesianProd(Tensor... tensors) { return Stacking.cartesianProd(List.of(tensors)); }
    /** {@code torch.cartesian_prod(*tensors)} of a list. */
    public static Tensor cartesianProd(List<Tensor> tensors) { return Stacking.cartesianProd(tensors); }

    /** The 2 x N (row, column) coordinates of the lower triangle of a rows x cols matrix. <pre>{@code jshell> trilIndices(2, 2)  ==> tensor([[0, 1, 1], [0, 0, 1]])}</pre> */
    public static Tensor trilIndices(long row, long col) { return Triangles.indices(row, col, 0, true, DType.INT64, Device.CPU); }
    /** {@code torch.tril_indices(row, col, offset)}. */
    public static Tensor trilIndices(long row, long col, long offset) { return Triangles.indices(row, col, offset, true, DType.INT64, Device.CPU); }
    /** {@code torch.tril_indices(row, col, offset, dtype=..., device=...)}. */
    public static Tensor trilIndices(long row, long col, long offset, TensorOptions options) {
        return Triangles.indices(row, col, offset, true, options.dtype() != null ? options.dtype() : DType.INT64, options.device() != null ? options.device() : Device.CPU);
    }
    /** The coordinates of the upper triangle, as {@link #trilIndices(long, long)}. */
    public static Tensor triuIndices(long row, long col) { return Triangles.indices(row, col, 0, false, DType.INT64, Device.CPU); }
    /** {@code torch.triu_indices(row, col, offset)}. */
    public static Tensor triuIndices(long row, long col, long offset) { return Triangles.indices(row, col, offset, false, DType.INT64, Device.CPU); }
    /** {@code torch.triu_indices(row, col, offset, dtype=..., device=...)}. */
    public static Tensor triuIndices(long row, long col, long offset, TensorOptions options) {
        return Triangles.indices(row, col, offset, false, options.dtype() != null ? options.dtype() : DType.INT64, options.device() != null ? options.device() : Device.CPU);
    }

    /** {@code torch.repeat_interleave(repeats)}: index i repeated repeats[i] times. <pre>{@code jshell> repeatInterleave(tensor(2, 1))  ==> tensor([0, 0, 1])}</pre> */
    public static Tensor repeatInterleave(Tensor repeats) { return Reordering.indicesFor(repeats); }
}
