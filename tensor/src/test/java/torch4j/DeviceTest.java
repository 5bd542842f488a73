package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torch4j.Torch.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import torch4j.nn.Linear;
import torch4j.nn.Parameter;
import torch4j.optim.Adam;

/** Devices in the API, against PyTorch 1.13's answers in {@code golden/devices/devices.json}. */
class DeviceTest {
    static final JsonObject GOLDEN = GoldenJson.load("/golden/devices/devices.json");

    static String repr(String name) { return GOLDEN.getAsJsonObject("reprs").get(name).getAsString(); }

    @Test
    void parsesDeviceStringsAsTorchDevice() {
        for (JsonElement e : GOLDEN.getAsJsonArray("parse")) {
            JsonObject c = e.getAsJsonObject();
            String spec = c.get("spec").getAsString();
            if (c.has("error")) {
                var ex = assertThrows(IllegalArgumentException.class, () -> Device.of(spec), spec);
                assertEquals(c.get("error").getAsString(), ex.getMessage());
            } else {
                Device d = Device.of(spec);
                assertEquals(c.get("str").getAsString(), d.toString(), spec);
                assertEquals(c.get("type").getAsString(), d.type(), spec);
                assertEquals(c.get("index").getAsInt(), d.index(), spec);
            }
        }
        assertEquals(Device.CPU, device("cpu"));
        assertEquals(Device.of("cuda:1"), device("cuda", 1));
    }

    @Test
    void metaTensorsPrintAsPyTorchPrintsThem() {
        Device meta = Device.META;
        Map<String, Supplier<Tensor>> made = Map.ofEntries(
                Map.entry("ones_to_meta", () -> ones(2, 3).to(meta)),
                Map.entry("int_to_meta", () -> arange(6).to("meta")),
                Map.entry("scalar_meta", () -> tensor(1.5).to("meta")),
                Map.entry("empty0_meta", () -> zeros(0).to("meta")),
                Map.entry("zeros_meta_f64", () -> zeros(new long[]{2, 3}, float64, meta)),
                Map.entry("ones_meta_rg", () -> ones(new long[]{4}, TensorOptions.device(meta).withRequiresGrad(true))),
                Map.entry("full_meta", () -> full(new long[]{2}, 7.5, meta)),
                Map.entry("eye_meta", () -> eye(3, meta)),
                Map.entry("arange_meta", () -> arange(5, meta)),
                Map.entry("linspace_meta", () -> linspace(0, 1, 5, TensorOptions.device(meta))),
                Map.entry("tensor_meta", () -> tensor(new long[][]{{1, 2}, {3, 4}}, meta)),
                Map.entry("zeros_like_meta", () -> zerosLike(ones(new long[]{2, 2}, meta))),
                Map.entry("to_meta_f64", () -> ones(3).to(meta, float64)),
                Map.entry("to_grad", () -> ones(2).requiresGrad_().to(meta)));
        made.forEach((name, f) -> assertEquals(repr(name), f.get().toString(), name));
        Linear layer = new Linear(2, 3).to(meta);
        assertEquals(repr("param_meta"), layer.weight.toString());
    }

    @Test
    void copyingOutOfMetaAndCudaWithoutCudaFailAsInPyTorch() {
        JsonObject errors = GOLDEN.getAsJsonObject("errors");
        var out = assertThrows(UnsupportedOperationException.class, () -> ones(2).to(Device.META).cpu());
        assertEquals(errors.get("meta_to_cpu").getAsString(), out.getMessage());
        Tensor m = ones(new long[]{2, 3}, Device.META);
        assertEquals("Could not run 'aten::_local_scalar_dense' with arguments from the 'Meta' backend.",
                assertThrows(UnsupportedOperationException.class, () -> m.get(0, 0).item()).getMessage());
        assertEquals(errors.get("meta_to_cpu").getAsString(), assertThrows(UnsupportedOperationException.class, m::toArray).getMessage());
        var cuda = assertThrows(IllegalStateException.class, () -> ones(2).cuda());
        assertEquals(errors.get("cuda_without").getAsString(), cuda.getMessage());
        var factory = assertThrows(IllegalStateException.class, () -> zeros(new long[]{2}, Device.of("cuda")));
        assertEquals(errors.get("cuda_factory").getAsString(), factory.getMessage());
    }

    @Test
    void likeFactoriesAndMovesKeepADenseLayout() {
        JsonObject strides = GOLDEN.getAsJsonObject("strides");
        Tensor x = ones(2, 3);
        assertArrayEquals(GoldenJson.longs(strides.getAsJsonArray("zeros_like_t")), zerosLike(x.t()).stride());
        assertArrayEquals(GoldenJson.longs(strides.getAsJsonArray("empty_like_permuted")), emptyLike(ones(2, 3, 4).permute(2, 0, 1)).stride());
        assertArrayEquals(GoldenJson.longs(strides.getAsJsonArray("to_meta_t")), x.t().to(Device.META).stride());
        assertArrayEquals(GoldenJson.longs(strides.getAsJsonArray("to_meta_sliced")), ones(4, 6).get(":, ::2").to(Device.META).stride());
        assertArrayEquals(GoldenJson.longs(strides.getAsJsonArray("zeros_like_expanded")), zerosLike(ones(3, 1).expand(3, 4)).stride());
        Tensor cpu = ones(2);
        assertSame(cpu, cpu.to(Device.CPU), "to(its own device) is the tensor itself");
        assertSame(cpu, cpu.cpu());
    }

    @Test
    void randomFactoriesOnMetaDrawNothing() {
        manualSeed(0);
        Tensor expected = randn(2);
        manualSeed(0);
        assertEquals("tensor(..., device='meta', size=(5,), dtype=torch.int64)", randperm(5, Device.META).toString());
        assertEquals("tensor(..., device='meta', size=(3,))", normal(0, 1, new long[]{3}, TensorOptions.device("meta")).toString());
        assertEquals("tensor(..., device='meta', size=(2, 2))", rand(new long[]{2, 2}, Device.META).toString());
        assertEquals("tensor(..., device='meta', size=(4,), dtype=torch.int64)", randint(0, 10, new long[]{4}, Device.META).toString());
        assertTrue(randn(2).equal(expected), "the CPU generator did not move");
    }

    @Test
    void cudaAnswersWithoutAGpu() {
        JsonObject c = GOLDEN.getAsJsonObject("cuda");
        assertEquals(c.get("is_available").getAsBoolean(), cuda().isAvailable());
        assertEquals(c.get("device_count").getAsInt(), cuda().deviceCount());
        assertEquals(c.get("memory_allocated").getAsLong(), cuda().memoryAllocated());
        assertEquals(c.get("memory_reserved").getAsLong(), cuda().memoryReserved());
        assertFalse(cuda().isInitialized());
        cuda().manualSeed(1);      // lazily ignored, as PyTorch does without CUDA
        cuda().emptyCache();
        assertEquals("Torch not compiled with CUDA enabled", assertThrows(IllegalStateException.class, () -> cuda().currentDevice()).getMessage());
        assertEquals("Torch not compiled with CUDA enabled", assertThrows(IllegalStateException.class, () -> cuda().synchronize()).getMessage());
    }

    @Test
    void modulesMoveTheirOwnParameterObjects() {
        Linear net = new Linear(2, 3);
        Parameter w = net.weight;
        Linear moved = net.to(Device.META);
        assertSame(net, moved);
        assertSame(w, net.weight, "the same Parameter object, its data swapped");
        assertEquals(Device.META, net.weight.device());
        assertTrue(net.weight.requiresGrad());
        net.toEmpty("cpu");
        assertEquals(Device.CPU, net.bias.device());
        assertEquals(repr("to_empty_bias"), net.bias.shape().toString());
        assertSame(w, net.weight);
        assertEquals(List.of(3L, 2L), List.of(net.weight.size(0), net.weight.size(1)));
    }

    @Test
    void optimizerStateFollowsItsParametersOnLoad() {
        Linear cpuNet = new Linear(2, 1);
        var opt = new Adam(cpuNet.parameters(), Adam.options());
        cpuNet.forward(ones(4, 2)).sum().backward();
        opt.step();
        var saved = opt.stateDict();
        Linear metaNet = new Linear(2, 1).to(Device.META);
        var metaOpt = new Adam(metaNet.parameters(), Adam.options());
        metaOpt.loadStateDict(saved);
        @SuppressWarnings("unchecked")
        var state = (Map<Object, Map<String, Object>>) metaOpt.stateDict().get("state");
        Map<String, Object> first = state.values().iterator().next();
        assertEquals(Device.META, ((Tensor) first.get("exp_avg")).device());
        assertEquals(Device.CPU, ((Tensor) first.get("step")).device(), "the step count stays where it was saved");
    }
}
