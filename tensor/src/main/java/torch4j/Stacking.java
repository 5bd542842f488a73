package torch4j;

import java.util.ArrayList;
import java.util.List;

/**
 * hstack, vstack (row_stack), dstack, column_stack and cartesian_prod, composed as
 * torch/functional.py and ATen compose them (atleast_*d views, then cat or stack), so the graph
 * holds the nodes PyTorch records.
 */
final class Stacking {
    private Stacking() {}

    private static List<Tensor> atleast(List<Tensor> tensors, int dims, String op) {
        if (tensors.isEmpty()) throw new IllegalArgumentException(op + " expects a non-empty TensorList");
        List<Tensor> out = new ArrayList<>(tensors.size());
        for (Tensor t : tensors) out.add(ShapeViews.atleast(t, dims));
        return out;
    }

    static Tensor hstack(List<Tensor> tensors) {
        List<Tensor> rep = atleast(tensors, 1, "hstack");
        return Joining.cat(rep, rep.get(0).dim() == 1 ? 0 : 1);
    }

    static Tensor vstack(List<Tensor> tensors) { return Joining.cat(atleast(tensors, 2, "vstack"), 0); }

    static Tensor dstack(List<Tensor> tensors) { return Joining.cat(atleast(tensors, 3, "dstack"), 2); }

    static Tensor columnStack(List<Tensor> tensors) {
        if (tensors.isEmpty()) throw new IllegalArgumentException("column_stack expects a non-empty TensorList");
        List<Tensor> cols = new ArrayList<>(tensors.size());
        for (Tensor t : tensors) cols.add(t.dim() <= 1 ? Views.reshape(t, new long[]{t.numel(), 1}) : t);
        return Joining.cat(cols, 1);
    }

    static Tensor cartesianProd(List<Tensor> tensors) {
        for (Tensor t : tensors)
            if (t.dim() != 1)
                throw new IllegalArgumentException("Expect a 1D vector, but got shape " + torch4j.storage.Shapes.str(t.shape));
        if (tensors.size() == 1) return tensors.get(0);
        List<Tensor> grids = ShapeViews.meshgrid(tensors, "ij");
        List<Tensor> flat = new ArrayList<>(grids.size());
        for (Tensor g : grids) flat.add(Views.flatten(g, 0, -1));
        return Joining.stack(flat, 1);
    }
}
