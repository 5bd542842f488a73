package torch4j.nn;

import java.util.ArrayList;
import java.util.List;
import torch4j.Tensor;

/** A module's forward hooks and PyTorch's {@code _call_impl} order around forward. */
final class Hooks {
    private List<Module.ForwardPreHook> pre;
    private List<Module.ForwardHook> post;

    boolean isEmpty() { return (pre == null || pre.isEmpty()) && (post == null || post.isEmpty()); }

    Module.RemovableHandle addPre(Module.ForwardPreHook hook) {
        if (pre == null) pre = new ArrayList<>();
        pre.add(hook);
        return () -> pre.remove(hook);
    }

    Module.RemovableHandle addForward(Module.ForwardHook hook) {
        if (post == null) post = new ArrayList<>();
        post.add(hook);
        return () -> post.remove(hook);
    }

    /** Pre-hooks may replace the inputs, forward hooks the output; a null result keeps what there was. */
    Tensor run(Module module, Tensor[] input) {
        if (pre != null)
            for (Module.ForwardPreHook h : List.copyOf(pre)) {
                Tensor[] replaced = h.apply(module, input);
                if (replaced != null) input = replaced;
            }
        Tensor out = module.forwardWith(input);
        if (post != null)
            for (Module.ForwardHook h : List.copyOf(post)) {
                Tensor replaced = h.apply(module, input, out);
                if (replaced != null) out = replaced;
            }
        return out;
    }
}
