package torch4j.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import torch4j.Tensor;
import torch4j.autograd.GradMode;

/** {@code state_dict} and {@code load_state_dict} as PyTorch 1.13 walks the module tree. */
final class StateDicts {
    private StateDicts() {}

    /** Own metadata, own parameters, then own persistent buffers, then each child under {@code prefix + name + "."}. */
    static void save(Module m, String prefix, torch4j.serialization.OrderedDict<String, Tensor> out) {
        // PyTorch records {'version': cls._version} per module prefix before its tensors: 2 for the norm layers, else 1
        @SuppressWarnings("unchecked")
        var metadata = (Map<String, Map<String, Object>>) out.metadata();
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("version", m instanceof BatchNorm ? 2 : 1);
        metadata.put(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), version);
        for (var e : m.parameters.entrySet())
            if (e.getValue() != null) out.put(prefix + e.getKey(), e.getValue().detach());
        for (var e : m.buffers.entrySet())
            if (e.getValue() != null && !m.nonPersistentBuffers.contains(e.getKey())) out.put(prefix + e.getKey(), e.getValue().detach());
        for (var e : m.modules.entrySet())
            if (e.getValue() != null) save(e.getValue(), prefix + e.getKey() + ".", out);
    }

    static IncompatibleKeys load(Module root, Map<String, Tensor> stateDict, boolean strict) {
        List<String> missing = new ArrayList<>(), unexpected = new ArrayList<>(), errors = new ArrayList<>();
        loadInto(root, "", stateDict, missing, unexpected, errors);
        if (strict) {
            if (!unexpected.isEmpty()) errors.addFirst("Unexpected key(s) in state_dict: " + quoted(unexpected) + ". ");
            if (!missing.isEmpty()) errors.addFirst("Missing key(s) in state_dict: " + quoted(missing) + ". ");
        }
        if (!errors.isEmpty())
            throw new IllegalStateException("Error(s) in loading state_dict for " + root.getName() + ":\n\t" + String.join("\n\t", errors));
        return new IncompatibleKeys(missing, unexpected);
    }

    /** PyTorch's {@code _load_from_state_dict} on one module, then its children. */
    private static void loadInto(Module m, String prefix, Map<String, Tensor> stateDict, List<String> missing, List<String> unexpected, List<String> errors) {
        LinkedHashMap<String, Tensor> local = new LinkedHashMap<>();
        m.parameters.forEach((k, v) -> { if (v != null) local.put(k, v); });
        m.buffers.forEach((k, v) -> { if (v != null && !m.nonPersistentBuffers.contains(k)) local.put(k, v); });
        for (var e : local.entrySet()) {
            String key = prefix + e.getKey();
            Tensor param = e.getValue();
            if (!stateDict.containsKey(key)) {
                missing.add(key);   // reported either way; only strict raises
                continue;
            }
            Tensor input = stateDict.get(key);
            if (input == null) {
                errors.add("While copying the parameter named \"" + key + "\", expected torch.Tensor or Tensor-like object from checkpoint but received <class 'NoneType'>");
                continue;
            }
            if (!input.shape().equals(param.shape())) {
                errors.add("size mismatch for " + key + ": copying a param with shape " + input.shape() + " from checkpoint, the shape in current model is "
                        + param.shape() + ".");
                continue;
            }
            try (var _ = GradMode.noGrad()) {
                param.copy_(input);
            } catch (RuntimeException ex) {
                errors.add("While copying the parameter named \"" + key + "\", whose dimensions in the model are " + param.shape()
                        + " and whose dimensions in the checkpoint are " + input.shape() + ", an exception occurred : " + ex.getMessage() + ".");
            }
        }
        for (String key : stateDict.keySet()) {
            if (!key.startsWith(prefix)) continue;
            String name = key.substring(prefix.length()).split("\\.", 2)[0];
            if (!m.modules.containsKey(name) && !local.containsKey(name)) unexpected.add(key);
        }
        for (var e : m.modules.entrySet())
            if (e.getValue() != null) loadInto(e.getValue(), prefix + e.getKey() + ".", stateDict, missing, unexpected, errors);
    }

    private static String quoted(List<String> keys) {
        return keys.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "));
    }
}
