package torch4j.nn;

import java.util.Map;
import java.util.function.Supplier;
import torch4j.Generator;
import torch4j.Tensor;
import torch4j.autograd.GradMode;

/**
 * PyTorch's {@code _get_clones} ({@code copy.deepcopy} of a layer, N times) for the Transformer
 * stacks: each copy is built by the layer's constructor while a scratch generator stands in for
 * the global one (so building it draws nothing from the global stream, as deepcopy draws
 * nothing), then takes the original's parameter values, buffers, gradients and training flags.
 */
final class Clones {
    private Clones() {}

    /** A ModuleList of {@code n} deep copies of {@code layer}, each built blank by {@code blank}. */
    static <M extends Module> ModuleList clones(M layer, int n, Supplier<M> blank) {
        ModuleList list = new ModuleList();
        for (int i = 0; i < n; i++) list.append(deepCopy(layer, blank));
        return list;
    }

    static <M extends Module> M deepCopy(M original, Supplier<M> blank) {
        @SuppressWarnings("unchecked") M[] box = (M[]) new Module[1];
        Generator.runAsDefault(new Generator(), () -> box[0] = blank.get());
        M copy = box[0];
        Map<String, Module> from = original.namedModules(), to = copy.namedModules();
        try (var _ = GradMode.noGrad()) {
            for (var e : from.entrySet()) {
                Module a = e.getValue(), b = to.get(e.getKey());
                b.training = a.training;
                for (var p : a.parameters.entrySet()) {
                    Parameter src = p.getValue(), dst = b.parameters.get(p.getKey());
                    if (src == null || dst == null) continue;
                    dst.setData(src.detach().clone());
                    dst.requiresGrad_(src.requiresGrad());
                    if (src.grad() != null) dst.setGrad(src.grad().clone());
                }
                for (var buf : a.buffers.entrySet()) {
                    Tensor t = buf.getValue();
                    b.buffers.put(buf.getKey(), t == null ? null : t.clone());
                }
            }
        }
        return copy;
    }
}
