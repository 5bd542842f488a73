package torch4j.serialization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import torch4j.DType;
import torch4j.Size;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradMode;
import torch4j.nn.BatchNorm1d;
import torch4j.nn.Linear;
import torch4j.nn.Module;
import torch4j.nn.Parameter;
import torch4j.nn.ReLU;
import torch4j.nn.Sequential;
import torch4j.optim.Adam;
import torch4j.optim.ParamGroup;
import torch4j.optim.SGD;

/**
 * Files written by real PyTorch 1.13 ({@code serialization/gen_checkpoints.py}): loading them,
 * their values and layouts, and writing the same content back byte for byte.
 */
class SerializationGoldenTest {
    static final JsonObject EXPECTED = JsonParser.parseString(new String(Trees.resource("expected.json"), StandardCharsets.UTF_8)).getAsJsonObject();

    /** The generator's Net, transliterated. */
    static final class Net extends Module {
        final Linear fc1, fc2;
        final ReLU relu;

        Net() { this(8); }

        Net(int hidden) {
            fc1 = register("fc1", new Linear(4, hidden));
            relu = register("relu", new ReLU());
            fc2 = register("fc2", new Linear(hidden, 3));
        }

        @Override public Tensor forward(Tensor x) { return fc2.call(relu.call(fc1.call(x))); }
    }

    static Tensor inputX() { return Torch.linspace(-1, 1, 8).view(2, 4); }

    @Test void netTrainedInPyTorchPrintsPyTorchsOutput() {
        Net net = new Net();
        assertEquals("<All keys matched successfully>", net.loadStateDict(Trees.loadResource("net.pt")).toString());
        try (var g = GradMode.noGrad()) {
            assertEquals(EXPECTED.get("net_forward").getAsString(), net.call(inputX()).toString());
        }
        assertEquals(EXPECTED.get("net_forward_grad").getAsString(), net.call(inputX()).toString());
    }

    @Test void stateDictIsAnOrderedDictWithMetadata() {
        OrderedDict<?, ?> sd = (OrderedDict<?, ?>) Trees.loadResource("net.pt");
        assertEquals(List.of("fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"), new ArrayList<>(sd.keySet()));
        assertEquals("OrderedDict([('', {'version': 1}), ('fc1', {'version': 1}), ('relu', {'version': 1}), ('fc2', {'version': 1})])", String.valueOf(sd.metadata()));
        assertInstanceOf(OrderedDict.class, sd.metadata());
        OrderedDict<?, ?> bn = (OrderedDict<?, ?>) Trees.loadResource("seq_bn.pt");
        assertEquals("OrderedDict([('', {'version': 1}), ('0', {'version': 1}), ('1', {'version': 1}), ('2', {'version': 2})])", String.valueOf(bn.metadata()));
        assertEquals(DType.INT64, ((Tensor) bn.get("2.num_batches_tracked")).dtype());
    }

    @ParameterizedTest @ValueSource(strings = {"tensors.pt", "tensors_p4.pt"})
    void everyDtypeAndViewAsPyTorchSavedThem(String file) {
        Map<?, ?> t = (Map<?, ?>) Trees.loadResource(file);
        JsonObject exp = EXPECTED.getAsJsonObject("tensors");
        assertEquals(new ArrayList<>(exp.keySet()).stream().sorted().toList(), t.keySet().stream().map(String::valueOf).sorted().toList());
        for (String k : exp.keySet()) checkTensor(exp.getAsJsonObject(k), (Tensor) t.get(k), file + ":" + k);
        for (JsonElement group : EXPECTED.getAsJsonArray("shared")) {
            Tensor first = (Tensor) t.get(group.getAsJsonArray().get(0).getAsString());
            for (JsonElement k : group.getAsJsonArray()) assertTrue(first.sharesStorageWith((Tensor) t.get(k.getAsString())), k.getAsString());
        }
        assertSame(t.get("tied_a"), t.get("tied_b"), "one tensor saved twice is one tensor");
        assertFalse(((Tensor) t.get("int8")).sharesStorageWith((Tensor) t.get("base")));
        assertTrue(((Tensor) t.get("param")).isLeaf());
    }

    static void checkTensor(JsonObject e, Tensor t, String what) {
        assertEquals(e.get("class").getAsString(), t instanceof Parameter ? "Parameter" : "Tensor", what);
        assertEquals(e.get("dtype").getAsString(), t.dtype().pyName(), what);
        assertEquals(Size.of(longs(e, "shape")), t.shape(), what);
        assertArrayEquals(longs(e, "stride"), t.stride(), what);
        assertEquals(e.get("offset").getAsLong(), t.storageOffset(), what);
        assertEquals(e.get("storage").getAsInt(), t.storage().length(), what);
        assertEquals(e.get("requires_grad").getAsBoolean(), t.requiresGrad(), what);
        var vals = e.getAsJsonArray("values");
        if (t.isFloatingPoint()) {
            double[] got = t.toDoubleArray();
            for (int i = 0; i < got.length; i++) {
                String v = vals.get(i).getAsString();
                double want = switch (v) { case "nan" -> Double.NaN; case "inf" -> Double.POSITIVE_INFINITY; case "-inf" -> Double.NEGATIVE_INFINITY; default -> Double.parseDouble(v); };
                assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got[i]), what + "[" + i + "]");
            }
        } else if (t.dtype() == DType.BOOL) {
            boolean[] got = t.toBooleanArray();
            for (int i = 0; i < got.length; i++) assertEquals(vals.get(i).getAsBoolean(), got[i], what);
        } else {
            long[] got = t.toLongArray();
            for (int i = 0; i < got.length; i++) assertEquals(vals.get(i).getAsLong(), got[i], what);
        }
    }

    static long[] longs(JsonObject e, String key) {
        var a = e.getAsJsonArray(key);
        long[] v = new long[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).getAsLong();
        return v;
    }

    @Test void aFullCheckpointKeepsPythonsTypes() {
        Map<?, ?> c = (Map<?, ?>) Trees.loadResource("checkpoint.pt");
        assertInstanceOf(OrderedDict.class, c.get("model"));
        assertEquals(5, c.get("epoch"));
        assertEquals(0.125, c.get("loss"));
        assertEquals("run-1 ✓", c.get("name"));
        assertEquals(List.of("a", "b"), c.get("tags"));
        assertInstanceOf(ArrayList.class, c.get("tags"));
        assertTrue(Pickler.isTuple((List<?>) c.get("pair")));
        assertEquals(List.of(1, "x"), c.get("pair"));
        assertEquals(Size.of(2, 3), c.get("shape"));
        assertEquals(DType.FLOAT64, c.get("dtype"));
        assertEquals(BigInteger.TWO.pow(70), c.get("big"));
        assertEquals(-(1L << 40), c.get("neg"));
        assertTrue(c.containsKey("none"));
        assertNull(c.get("none"));
        assertEquals(List.of(true, false), c.get("flags"));
        assertEquals("{lists=[[1, 2], []], empty={}}", String.valueOf(c.get("nested")));
        Map<?, ?> optim = (Map<?, ?>) c.get("optim");
        List<?> groups = (List<?>) optim.get("param_groups");
        Map<?, ?> g0 = (Map<?, ?>) groups.get(0);
        assertEquals(List.of(0.9, 0.999), g0.get("betas"));
        assertTrue(Pickler.isTuple((List<?>) g0.get("betas")), "betas stay a tuple");
        assertEquals(List.of(0, 1, 2, 3), g0.get("params"));
        assertNull(g0.get("foreach"));
        assertEquals(0.01, g0.get("lr"));
        Map<?, ?> state0 = (Map<?, ?>) ((Map<?, ?>) optim.get("state")).get(0);
        assertEquals(List.of("step", "exp_avg", "exp_avg_sq"), new ArrayList<>(state0.keySet()));
        assertEquals("tensor(5.)", state0.get("step").toString());
    }

    @Test void adamStateLoadsIntoTorch4jsAdam() {
        Net net = new Net();
        net.loadStateDict(Trees.loadResource("net.pt"));
        Adam opt = new Adam(net.parameters(), 0.5);
        opt.loadStateDict(Trees.loadResource("adam.pt"));
        assertEquals(0.01, opt.paramGroups().get(0).lr());
        Map<?, ?> saved = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) Trees.loadResource("adam.pt")).get("state")).get(3);
        Tensor expAvg = (Tensor) opt.state().get(net.fc2.bias).get("exp_avg");
        assertArrayEquals(((Tensor) saved.get("exp_avg")).toFloatArray(), expAvg.toFloatArray());
    }

    static torch4j.optim.schedulers.MultiStepLR scheduler() {
        SGD opt = new SGD(List.of(new Parameter(Torch.ones(1))), 0.1);
        return new torch4j.optim.schedulers.MultiStepLR(opt, List.of(2, 4), 0.5);
    }

    @Test void schedulerStateWithItsCounterLoads() {
        var sched = scheduler();
        Map<String, Object> sd = Trees.loadResource("sched.pt");
        assertEquals("{2=1, 4=1}", String.valueOf(sd.get("milestones")), "collections.Counter reads as a dict");
        sched.loadStateDict(sd);
        assertEquals(3, sched.lastEpoch());
        assertEquals(EXPECTED.getAsJsonArray("sched_last_lr").get(0).getAsDouble(), sched.getLastLr().get(0));
        Map<?, ?> back = (Map<?, ?>) Trees.fromBytes(Trees.saveToBytes(sched.stateDict()));
        assertInstanceOf(ArrayList.class, back.get("base_lrs"), "scheduler lists stay Python lists");
        assertInstanceOf(ArrayList.class, back.get("_last_lr"));
    }

    @Test void loadStateDictMismatchesSayWhatPyTorchSays() {
        JsonObject msgs = EXPECTED.getAsJsonObject("load_errors");
        for (String file : msgs.keySet()) {
            var e = assertThrows(IllegalStateException.class, () -> new Net().loadStateDict(Trees.loadResource(file)));
            assertEquals(msgs.get(file).getAsString(), e.getMessage(), file);
        }
    }

    @Test void aNonTensorUnderAParameterKeyIsReportedAsPyTorchDoes() {
        Map<String, Object> sd = new java.util.LinkedHashMap<>(new Linear(2, 1).stateDict());
        sd.put("bias", 3);
        Map<String, Tensor> loaded = Trees.fromBytes(Trees.saveToBytes(sd));   // as a checkpoint would hand it over
        assertEquals("Error(s) in loading state_dict for Linear:\n\tWhile copying the parameter named \"bias\", expected torch.Tensor or "
                + "Tensor-like object from checkpoint but received <class 'int'>",
                assertThrows(IllegalStateException.class, () -> new Linear(2, 1).loadStateDict(loaded)).getMessage());
    }

    @Test void codeAndForeignFormatsAreRefusedNamingWhatWasFound() {
        JsonObject refused = EXPECTED.getAsJsonObject("refused");
        for (String file : refused.keySet()) {
            var e = assertThrows(CheckpointException.class, () -> Trees.loadResource(file), file);
            String phrase = refused.getAsJsonArray(file).get(0).getAsString();
            assertTrue(e.getMessage().contains(phrase), file + ": " + e.getMessage());
            String pytorch = refused.getAsJsonArray(file).get(1).getAsString();
            if (pytorch.startsWith("Unsupported class")) assertTrue(e.getMessage().startsWith(pytorch), "PyTorch's weights_only words: " + e.getMessage());
        }
    }

    /** Loading a PyTorch file and saving it under the same name gives PyTorch's bytes back. */
    @ParameterizedTest
    @ValueSource(strings = {"net.pt", "net_seeded.pt", "seq_bn.pt", "adam.pt", "adam_step.pt", "sgd_step.pt", "checkpoint.pt", "tensors.pt",
        "net_wide.pt", "net_extra.pt"})
    void loadThenSaveIsByteIdentical(String file, @TempDir Path dir) throws Exception {
        Object o = Trees.loadResource(file);
        Path out = dir.resolve(file);
        Checkpoints.save(o, out);
        assertArrayEquals(Trees.resource(file), Files.readAllBytes(out), file);
    }

    /** The same tensors built in torch4j (same seed, same steps) save to PyTorch's exact bytes. */
    @Test void torch4jWritesPyTorchsBytes(@TempDir Path dir) throws Exception {
        Torch.manualSeed(0);
        Checkpoints.save(new Net().stateDict(), dir.resolve("net_seeded.pt"));
        assertArrayEquals(Trees.resource("net_seeded.pt"), Files.readAllBytes(dir.resolve("net_seeded.pt")), "net_seeded.pt");

        Torch.manualSeed(0);
        Checkpoints.save(new Sequential(new Linear(3, 2), new ReLU(), new BatchNorm1d(2)).stateDict(), dir.resolve("seq_bn.pt"));
        assertArrayEquals(Trees.resource("seq_bn.pt"), Files.readAllBytes(dir.resolve("seq_bn.pt")), "seq_bn.pt");

        Checkpoints.save(adamOneStep().stateDict(), dir.resolve("adam_step.pt"));
        assertArrayEquals(Trees.resource("adam_step.pt"), Files.readAllBytes(dir.resolve("adam_step.pt")), "adam_step.pt");

        Checkpoints.save(sgdOneStep().stateDict(), dir.resolve("sgd_step.pt"));
        assertArrayEquals(Trees.resource("sgd_step.pt"), Files.readAllBytes(dir.resolve("sgd_step.pt")), "sgd_step.pt");
    }

    static Adam adamOneStep() {
        Torch.manualSeed(0);
        Net net = new Net();
        Adam opt = new Adam(List.of(ParamGroup.of(net.fc1.weight, net.fc1.bias), ParamGroup.of(net.fc2.weight, net.fc2.bias).set("lr", 0.1)),
                Adam.options().lr(0.01));
        for (Tensor p : net.parameters()) p.setGrad(Torch.fullLike(p, 0.5));
        opt.step();
        return opt;
    }

    static SGD sgdOneStep() {
        Torch.manualSeed(0);
        Net net = new Net();
        SGD opt = new SGD(net.parameters(), SGD.options().lr(0.1).momentum(0.9));
        for (Tensor p : net.parameters()) p.setGrad(Torch.fullLike(p, 0.25));
        opt.step();
        return opt;
    }
}
