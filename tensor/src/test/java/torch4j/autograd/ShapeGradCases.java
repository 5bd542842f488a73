package torch4j.autograd;

import static torch4j.Torch.blockDiag;
import static torch4j.Torch.tensor;
import static torch4j.autograd.GradCheckTableTest.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import torch4j.Tensor;

/** gradcheck cases for the nodes of the shape ops (issue 13); merged into {@link GradCheckTableTest#table()}. */
final class ShapeGradCases {
    private ShapeGradCases() {}

    static Map<String, GradCheckTableTest.Case> cases() {
        Map<String, GradCheckTableTest.Case> t = new TreeMap<>();
        t.put("FlipBackward0", one(() -> in(2, 3), a -> a.flip(0, 1)));
        t.put("RollBackward0", one(() -> in(2, 3), a -> a.roll(new long[]{1, -1}, new long[]{0, 1})));
        t.put("Rot90Backward0", one(() -> in(2, 3), a -> a.rot90(1).contiguous()));
        t.put("TransposeBackward1", one(() -> in(2, 3), a -> a.mul(1).swapaxes_(0, 1).contiguous()));
        t.put("TrilBackward0", one(() -> in(3, 3), a -> a.tril(-1)));
        t.put("TriuBackward0", one(() -> in(2, 3, 3), a -> a.triu(1)));
        t.put("DiagBackward0", one(() -> in(3, 4), a -> a.diag(1)));
        t.put("DiagEmbedBackward0", one(() -> in(2, 3), a -> a.diagEmbed(-1)));
        t.put("DiagonalBackward0", one(() -> in(3, 4), a -> a.diagonal(1).contiguous()));
        t.put("BlockDiagBackward0", two(() -> in(2, 2), () -> in(3), (a, b) -> blockDiag(a, b)));
        t.put("SelectScatterBackward0", two(() -> in(3, 4), () -> in(4), (a, b) -> a.selectScatter(b, 0, 1)));
        t.put("SliceScatterBackward0", two(() -> in(3, 4), () -> in(3, 2), (a, b) -> a.sliceScatter(b, 1, 0, 4, 2)));
        t.put("DiagonalScatterBackward0", two(() -> in(3, 4), () -> in(3), (a, b) -> a.diagonalScatter(b, 1)));
        t.put("AsStridedScatterBackward0", two(() -> in(3, 4), () -> in(2, 2), (a, b) -> a.asStridedScatter(b, new long[]{2, 2}, new long[]{1, 2})));
        t.put("IndexAddBackward0", two(() -> in(3, 4), () -> in(2, 4), (a, b) -> a.indexAdd(0, tensor(2L, 2L), b, 0.5)));
        t.put("IndexCopyBackward0", two(() -> in(3, 4), () -> in(3, 2), (a, b) -> a.indexCopy(1, tensor(3L, 0L), b)));
        t.put("IndexFillBackward0", one(() -> in(3, 4), a -> a.indexFill(1, tensor(1L, 2L), 0.5)));
        t.put("IndexFillBackward1", two(() -> in(3, 4), () -> in(), (a, v) -> a.indexFill(0, tensor(0L), v)));
        t.put("PutBackward0", two(() -> in(3, 4), () -> in(3), (a, b) -> a.put(tensor(5L, 5L, 0L), b, true)));
        t.put("MaskedScatterBackward0", two(() -> in(2, 3), () -> in(5),
                (a, b) -> a.maskedScatter(tensor(new boolean[][]{{true, false, true}, {true, true, false}}), b)));
        Tensor index = tensor(new long[][]{{0, 1, 2, 0}, {2, 2, 1, 0}, {0, 1, 2, 2}});
        t.put("ScatterReduceBackward0", two(() -> in(3, 4), () -> in(3, 4), (a, b) -> a.scatterReduce(0, index, b, "prod")));
        t.put("IndexReduceBackward0", two(() -> in(3, 4), () -> in(3, 2), (a, b) -> a.indexReduce(1, tensor(3L, 3L), b, "amax", false)));
        return t;
    }
}
