package torch4j.vision.models;

import java.nio.file.Path;
import java.util.Map;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.Module;

/**
 * Weights files for the models: a state dict as {@code torch.save(model.state_dict(), path)}
 * writes it, read by {@link Torch#load(Path)} (no code runs). torch4j has no model hub and
 * downloads nothing, so asking for torchvision's pretrained weights without a file fails with
 * the address of the file torchvision would fetch.
 */
final class Weights {
    private Weights() {}

    /** The files torchvision 0.14 fetches for {@code pretrained=True} (its legacy interface's weights). */
    private static final Map<String, String> PRETRAINED = Map.ofEntries(
            Map.entry("alexnet", "alexnet-owt-7be5be79.pth"),
            Map.entry("vgg11", "vgg11-8a719046.pth"),
            Map.entry("vgg11Bn", "vgg11_bn-6002323d.pth"),
            Map.entry("vgg16", "vgg16-397923af.pth"),
            Map.entry("vgg16Bn", "vgg16_bn-6c64b313.pth"),
            Map.entry("resnet18", "resnet18-f37072fd.pth"),
            Map.entry("resnet34", "resnet34-b627a593.pth"),
            Map.entry("resnet50", "resnet50-0676ba61.pth"),
            Map.entry("mobilenetV2", "mobilenet_v2-b0353104.pth"));

    /** What {@code builder(true)} throws: no hub here, but the file to fetch and how to pass it. */
    static UnsupportedOperationException noHub(String builder) {
        String file = PRETRAINED.get(builder);
        return new UnsupportedOperationException("pretrained=true would download torchvision's weights, and torch4j downloads nothing"
                + " (it has no model hub): fetch the file yourself (https://download.pytorch.org/models/" + file
                + ") and pass its path, Models." + builder + "(Path.of(\"" + file + "\"))");
    }

    /** The state dict in {@code file}: a map of names to tensors, else an error saying what the file holds. */
    static Map<String, Tensor> read(Path file) {
        Object loaded = Torch.load(file);
        if (loaded instanceof Map<?, ?> map && !map.isEmpty() && map.entrySet().stream()
                .allMatch(e -> e.getKey() instanceof String && e.getValue() instanceof Tensor)) {
            @SuppressWarnings("unchecked") Map<String, Tensor> stateDict = (Map<String, Tensor>) map;
            return stateDict;
        }
        String what = loaded instanceof Map<?, ?> map ? "a dict with keys " + map.keySet()
                : loaded == null ? "None" : "a " + loaded.getClass().getSimpleName();
        throw new IllegalArgumentException(file + " holds " + what + ", not a state dict (names to tensors, as"
                + " torch.save(model.state_dict(), path) writes): take the state dict out of it with Torch.load and pass"
                + " that to loadStateDict");
    }

    /** The rows of the classifier weight {@code key} in the file (its classes), else torchvision's 1000. */
    static long classes(Map<String, Tensor> stateDict, String key) {
        Tensor w = stateDict.get(key);
        return w != null && w.dim() == 2 ? w.size(0) : 1000;
    }

    /** Loads strictly (PyTorch's "Error(s) in loading state_dict for …" on any mismatch) and returns the model. */
    static <M extends Module> M load(M model, Map<String, Tensor> stateDict) {
        model.loadStateDict(stateDict);
        return model;
    }
}
