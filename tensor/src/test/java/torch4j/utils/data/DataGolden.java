package torch4j.utils.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import torch4j.DType;
import torch4j.Generator;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.golden.RngAppsGolden;

/**
 * The golden file written by {@code golden/data/gen_data.py} from real PyTorch 1.13, and the Java
 * twins of its datasets, samplers and batch encoding.
 */
public final class DataGolden {
    private static JsonObject root;

    private DataGolden() {}

    public static synchronized JsonObject root() {
        if (root == null) {
            try (InputStream in = DataGolden.class.getResourceAsStream("/golden/data/data.json")) {
                if (in == null) throw new IllegalStateException("missing test resource /golden/data/data.json");
                root = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    public static List<JsonObject> section(String name) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : root().getAsJsonArray(name)) out.add(e.getAsJsonObject());
        return out;
    }

    public static JsonObject error(String label) {
        for (JsonObject e : section("errors")) if (e.get("label").getAsString().equals(label)) return e;
        throw new IllegalArgumentException("no golden error " + label);
    }

    public static String message(String label) {
        return error(label).get("message").getAsString();
    }

    static boolean present(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull();
    }

    public static Generator generator(JsonObject o, String key) {
        return present(o, key) ? new Generator().manualSeed(o.get(key).getAsLong()) : null;
    }

    /** The next rand(3) of a generator, as the generator script writes it. */
    public static String after(Generator g) {
        return RngAppsGolden.bits(Torch.rand(new long[] {3}, g));
    }

    public static double[] doublesFromHex(JsonArray a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = Double.parseDouble(a.get(i).getAsString());
        return out;
    }

    static int[] ints(JsonArray a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsInt();
        return out;
    }

    static double[] doubles(JsonArray a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsDouble();
        return out;
    }

    // ---------------------------------------------------------------- encoding, as enc() in gen_data.py

    /** A batch as the generator's structure: tensors by dtype, shape and exact values; containers kept. */
    public static JsonElement enc(Object x) {
        if (x instanceof Tensor t) {
            JsonObject o = new JsonObject();
            o.addProperty("dtype", t.dtype().toString().replace("torch.", ""));
            JsonArray shape = new JsonArray();
            for (long d : t.shape().toLongArray()) shape.add(d);
            o.add("shape", shape);
            if (t.dtype() == DType.FLOAT32 || t.dtype() == DType.FLOAT64) {
                o.addProperty("bits", RngAppsGolden.bits(t));
            } else {
                JsonArray values = new JsonArray();
                for (long v : t.toLongArray()) {
                    if (t.dtype() == DType.BOOL) values.add(v != 0);
                    else values.add(v);
                }
                o.add("values", values);
            }
            return o;
        }
        if (x instanceof Record r) {
            JsonArray fields = new JsonArray();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                JsonArray pair = new JsonArray();
                pair.add(c.getName());
                try {
                    c.getAccessor().setAccessible(true);
                    pair.add(enc(c.getAccessor().invoke(r)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                fields.add(pair);
            }
            JsonObject o = new JsonObject();
            o.add("record", fields);
            return o;
        }
        if (x instanceof Map<?, ?> m) {
            JsonArray entries = new JsonArray();
            for (var e : m.entrySet()) {
                JsonArray pair = new JsonArray();
                pair.add(String.valueOf(e.getKey()));
                pair.add(enc(e.getValue()));
                entries.add(pair);
            }
            JsonObject o = new JsonObject();
            o.add("dict", entries);
            return o;
        }
        if (x instanceof List<?> l) {
            JsonArray a = new JsonArray();
            for (Object e : l) a.add(enc(e));
            return a;
        }
        if (x != null && x.getClass().isArray() && !x.getClass().getComponentType().isPrimitive()) {
            JsonArray a = new JsonArray();
            for (int i = 0; i < Array.getLength(x); i++) a.add(enc(Array.get(x, i)));
            return a;
        }
        if (x instanceof String s) {
            JsonObject o = new JsonObject();
            o.add("str", new JsonPrimitive(s));
            return o;
        }
        return x == null ? JsonNull.INSTANCE : new JsonPrimitive(String.valueOf(x));
    }

    // ---------------------------------------------------------------- datasets of gen_data.py

    /** {@code Noise}: each item {@code torch.rand(2) + i} from the (worker's) global generator. */
    static Dataset<Tensor> noise(int n) {
        return new Dataset<>() {
            @Override public Tensor get(int i) { return Torch.rand(2).add((long) i); }
            @Override public int size() { return n; }
        };
    }

    /** {@code WhoAmI}: [i, worker id, num_workers, seed], or [i, -1, 0, 0] outside workers. */
    static Dataset<Tensor> whoAmI(int n) {
        return new Dataset<>() {
            @Override public Tensor get(int i) {
                WorkerInfo w = DataUtils.getWorkerInfo();
                return w == null ? Torch.tensor(new long[] {i, -1, 0, 0}) : Torch.tensor(new long[] {i, w.id(), w.numWorkers(), w.seed()});
            }
            @Override public int size() { return n; }
        };
    }

    /** {@code Stream(n, shard, noise)}: 0..n-1 (or torch.rand(1) + i), sharded by worker when asked. */
    static IterableDataset<Object> stream(int n, boolean shard, boolean noise) {
        return () -> {
            WorkerInfo w = DataUtils.getWorkerInfo();
            int start = shard && w != null ? w.id() : 0, step = shard && w != null ? w.numWorkers() : 1;
            return IntStream.iterate(start, i -> i < n, i -> i + step)
                    .mapToObj(i -> noise ? (Object) Torch.rand(1).add((long) i) : (Object) i).iterator();
        };
    }

    static Dataset<?> dataset(JsonObject spec) {
        int n = spec.get("n").getAsInt();
        return switch (spec.get("kind").getAsString()) {
            case "tensor" -> new TensorDataset(Torch.arange(n), Torch.arange(n).mul(10L));
            case "noise" -> noise(n);
            case "whoami" -> whoAmI(n);
            case "iter" -> stream(n, false, false);
            case "iter_shard" -> stream(n, true, false);
            case "iter_noise" -> stream(n, true, true);
            default -> throw new IllegalArgumentException(spec.toString());
        };
    }

    /** The sampler of a spec, and the generator it was given (to check its state afterwards). */
    record Made(Sampler<?> sampler, Generator generator) {}

    static Made sampler(JsonObject spec, int n) {
        Generator g = generator(spec, "gen_seed");
        Dataset<Integer> range = Dataset.of(IntStream.range(0, n).boxed().toList());
        return switch (spec.get("kind").getAsString()) {
            case "sequential" -> new Made(new SequentialSampler(range), g);
            case "random" -> new Made(new RandomSampler(range, present(spec, "replacement") && spec.get("replacement").getAsBoolean(),
                    present(spec, "num_samples") ? spec.get("num_samples").getAsInt() : null, g), g);
            case "subset" -> new Made(new SubsetRandomSampler(ints(spec.getAsJsonArray("indices")), g), g);
            case "weighted" -> new Made(new WeightedRandomSampler(doubles(spec.getAsJsonArray("weights")), spec.get("num_samples").getAsInt(),
                    !present(spec, "replacement") || spec.get("replacement").getAsBoolean(), g), g);
            case "batch" -> {
                Made inner = sampler(spec.getAsJsonObject("sampler"), n);
                @SuppressWarnings("unchecked") Sampler<Integer> s = (Sampler<Integer>) inner.sampler();
                yield new Made(new BatchSampler(s, spec.get("batch_size").getAsInt(), spec.get("drop_last").getAsBoolean()), inner.generator());
            }
            default -> throw new IllegalArgumentException(spec.toString());
        };
    }
}
