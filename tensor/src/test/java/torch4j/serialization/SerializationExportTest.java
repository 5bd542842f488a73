package torch4j.serialization;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import torch4j.DType;
import torch4j.Size;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.Parameter;
import torch4j.optim.Adam;

/**
 * Writes, with torch4j, the files that {@code gen_checkpoints.py --check DIR} loads with real
 * PyTorch (tests cannot call Python, so this is run by hand):
 * <pre>
 * ./mvnw -pl tensor test -Dtest=SerializationExportTest -Dtorch4j.serialization.export=/tmp/t4j
 * /usr/bin/python3 tensor/src/test/resources/serialization/gen_checkpoints.py --check /tmp/t4j
 * </pre>
 * Skipped unless {@code torch4j.serialization.export} is set.
 */
class SerializationExportTest {

    /** The generator's tensors(), built in torch4j. */
    static OrderedDict<String, Tensor> tensors() {
        Tensor base = Torch.arange(24).toFloat().view(2, 3, 4);
        Tensor tied = Torch.tensor(new double[] {1.5, -2.5});
        OrderedDict<String, Tensor> d = new OrderedDict<>();
        d.put("bool", Torch.tensor(true, false, true));
        d.put("uint8", Torch.fromUnsigned(new byte[] {0, 1, 127, (byte) 128, (byte) 255}));
        d.put("int8", Torch.from(new byte[] {-128, -1, 0, 127}));
        d.put("int16", Torch.from(new short[] {-32768, -1, 0, 32767}));
        d.put("int32", Torch.from(new int[] {Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE}));
        d.put("int64", Torch.from(new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE}));
        d.put("float32", Torch.from(new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0f, 1e-45f, Float.MAX_VALUE, 0.1f}));
        d.put("float64", Torch.from(new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 0.1}));
        d.put("base", base);
        d.put("transposed", base.transpose(0, 2));
        d.put("narrowed", base.narrow(1, 1, 2).narrow(2, 2, 2));
        d.put("strided", base.slice(2, 0, 4, 2));
        d.put("row", base.select(0, 1).select(0, 2));
        d.put("offset", Torch.arange(10).toInt().narrow(0, 3, 4));
        d.put("expanded", Torch.tensor(new double[][] {{1}, {2}, {3}}).expand(3, 4));
        d.put("scalar", Torch.tensor(3.5).toDouble());
        d.put("empty", Torch.zeros(0, 3));
        d.put("tied_a", tied);
        d.put("tied_b", tied);
        d.put("param", new Parameter(Torch.tensor(new double[][] {{1, 2}, {3, 4}})));
        d.put("param_frozen", new Parameter(Torch.tensor(new double[] {0.5}), false));
        d.put("requires_grad", Torch.tensor(new double[] {0.25, 0.75}).requiresGrad_());
        return d;
    }

    @Test void writeFilesForPyTorch() throws Exception {
        String where = System.getProperty("torch4j.serialization.export");
        assumeTrue(where != null, "set -Dtorch4j.serialization.export=DIR to write files for gen_checkpoints.py --check");
        Path dir = Files.createDirectories(Path.of(where));

        var net = new SerializationGoldenTest.Net();
        net.loadStateDict(Trees.loadResource("net.pt"));
        Torch.save(net.stateDict(), dir.resolve("net.pt"));
        Torch.save(tensors(), dir.resolve("tensors.pt"));

        Adam opt = new Adam(net.parameters(), 0.5);
        opt.loadStateDict(Trees.loadResource("adam.pt"));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("model", net.stateDict());
        c.put("optim", opt.stateDict());
        c.put("epoch", 5);
        c.put("loss", 0.125);
        c.put("name", "run-1 ✓");
        c.put("tags", new ArrayList<>(List.of("a", "b")));
        c.put("pair", List.of(1, "x"));
        c.put("shape", Size.of(2, 3));
        c.put("dtype", DType.FLOAT64);
        c.put("big", BigInteger.TWO.pow(70));
        c.put("neg", -(1L << 40));
        c.put("none", null);
        c.put("flags", List.of(true, false));
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("lists", new ArrayList<>(List.of(new ArrayList<>(List.of(1, 2)), new ArrayList<>())));
        nested.put("empty", new LinkedHashMap<>());
        c.put("nested", nested);
        Torch.save(c, dir.resolve("checkpoint.pt"));

        Torch.save(SerializationGoldenTest.adamOneStep().stateDict(), dir.resolve("adam_step.pt"));
        Torch.save(SerializationGoldenTest.sgdOneStep().stateDict(), dir.resolve("sgd_step.pt"));
        Torch.manualSeed(0);
        Torch.save(new SerializationGoldenTest.Net().stateDict(), dir.resolve("net_seeded.pt"));
        var sched = SerializationGoldenTest.scheduler();
        for (int i = 0; i < 3; i++) sched.step();
        Torch.save(sched.stateDict(), dir.resolve("sched.pt"));
        try (OutputStream out = Files.newOutputStream(dir.resolve("stream.pt"))) {
            Torch.save(Map.of("w", Torch.arange(3).toFloat()), out);
        }

        Map<String, Tensor> st = new LinkedHashMap<>();
        OrderedDict<String, Tensor> t = tensors();
        for (String k : List.of("bool", "uint8", "int8", "int16", "int32", "int64", "float32", "float64", "scalar", "empty")) st.put(k, t.get(k));
        st.put("matrix", Torch.arange(6).toFloat().view(2, 3));
        st.put("zeta", Torch.tensor(new long[] {7}));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", "pt");
        meta.put("note", "\"quoted\" \\ tab\t é");
        SafeTensors.save(st, dir.resolve("tensors.safetensors"), meta);
    }
}
