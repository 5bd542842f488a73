package torch4j.serialization;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import torch4j.DType;
import torch4j.Size;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.Parameter;
import torch4j.storage.Storage;

/**
 * The only Python globals a checkpoint may name, and what calling them means: the allow-list of
 * PyTorch's {@code torch/_weights_only_unpickler.py} (1.13) cut down to what torch4j can represent,
 * plus {@code collections.Counter} (plain data, in LR scheduler state dicts), read as a dict.
 * Nothing is looked up by name and nothing is executed: a global is resolved to one of these
 * markers or refused, and REDUCE on a marker runs the Java rebuild written here.
 */
final class TorchGlobals {
    private TorchGlobals() {}

    enum Kind { ORDERED_DICT, COUNTER, REBUILD_TENSOR_V2, REBUILD_TENSOR, REBUILD_PARAMETER, SIZE, STORAGE }

    /** A resolved global; {@code dtype} is set for storage classes. */
    record Global(String path, Kind kind, DType dtype) {
        @Override public String toString() { return path; }
    }

    private static final Map<String, DType> STORAGES = Map.of(
            "FloatStorage", DType.FLOAT32, "DoubleStorage", DType.FLOAT64, "LongStorage", DType.INT64, "IntStorage", DType.INT32,
            "ShortStorage", DType.INT16, "CharStorage", DType.INT8, "ByteStorage", DType.UINT8, "BoolStorage", DType.BOOL);
    private static final Map<String, String> FOREIGN_STORAGES = Map.of(
            "HalfStorage", "float16", "BFloat16Storage", "bfloat16", "ComplexFloatStorage", "complex64",
            "ComplexDoubleStorage", "complex128", "QInt8Storage", "qint8", "QUInt8Storage", "quint8", "QInt32Storage", "qint32",
            "QUInt4x2Storage", "quint4x2", "QUInt2x4Storage", "quint2x4");

    /** PyTorch's storage class name for {@code dtype}, as written in persistent ids. */
    static String storageClass(DType dtype) {
        for (var e : STORAGES.entrySet()) if (e.getValue() == dtype) return e.getKey();
        throw new IllegalArgumentException(dtype.toString());
    }

    /** Resolves {@code module.name}: a marker, a {@link DType} (the value of {@code torch.float32}), or a refusal. */
    static Object resolve(String module, String name) {
        String path = module + "." + name;
        switch (path) {
            case "collections.OrderedDict": return new Global(path, Kind.ORDERED_DICT, null);
            case "collections.Counter": return new Global(path, Kind.COUNTER, null);   // MultiStepLR's milestones
            case "torch._utils._rebuild_tensor_v2": return new Global(path, Kind.REBUILD_TENSOR_V2, null);
            case "torch._utils._rebuild_tensor": return new Global(path, Kind.REBUILD_TENSOR, null);
            case "torch._utils._rebuild_parameter": return new Global(path, Kind.REBUILD_PARAMETER, null);
            case "torch.Size": return new Global(path, Kind.SIZE, null);
            default: break;
        }
        if (module.equals("torch")) {
            DType storage = STORAGES.get(name);
            if (storage != null) return new Global(path, Kind.STORAGE, storage);
            if (FOREIGN_STORAGES.containsKey(name)) throw noDtype(FOREIGN_STORAGES.get(name), path);
            if (name.matches("float32|float64|int64|int32|int16|int8|uint8|bool")) return DType.of(name);
            if (name.matches("float16|bfloat16|complex32|complex64|complex128|qint8|quint8|qint32")) throw noDtype(name, path);
        }
        if (module.equals("torch._utils") && name.startsWith("_rebuild_"))
            throw new CheckpointException("Unsupported class " + path + ": torch4j loads dense CPU tensors and parameters; this checkpoint holds "
                    + "a tensor PyTorch rebuilds with " + name + " (sparse, quantized, meta or device-specific)");
        throw new CheckpointException("Unsupported class " + path + ": torch4j loads checkpoints without executing code, as "
                + "torch.load(weights_only=True) does, and accepts only tensors, parameters, OrderedDict, torch.Size, dtypes and "
                + "plain values (dict, list, tuple, str, int, float, bool, None)");
    }

    private static CheckpointException noDtype(String dtype, String path) {
        return new CheckpointException("torch4j has no dtype torch." + dtype + " (the checkpoint names " + path
                + "); convert those tensors in PyTorch first, e.g. with .float()");
    }

    /** REDUCE: calls the global with the argument tuple. */
    static Object call(Global g, List<?> args) {
        return switch (g.kind) {
            case ORDERED_DICT -> {
                if (!args.isEmpty()) throw new CheckpointException("OrderedDict() takes no arguments in a checkpoint, got " + args.size());
                yield new OrderedDict<>();
            }
            case COUNTER -> {   // Counter(dict): its counts, as a plain dict
                if (args.isEmpty()) yield new LinkedHashMap<>();
                if (args.size() != 1 || !(args.get(0) instanceof Map<?, ?> m)) throw new CheckpointException("Counter() expects a dict in a checkpoint");
                yield new LinkedHashMap<>(m);
            }
            case SIZE -> {
                arity(g, args, 1, 1);
                yield Size.of(longs(args.get(0), "torch.Size"));
            }
            case REBUILD_TENSOR_V2 -> {
                arity(g, args, 6, 7);
                empty(args.get(5), "backward_hooks");
                if (args.size() == 7) empty(args.get(6), "metadata");
                yield tensor(args.get(0), args.get(1), args.get(2), args.get(3), bool(args.get(4), "requires_grad"));
            }
            case REBUILD_TENSOR -> {
                arity(g, args, 4, 4);
                yield tensor(args.get(0), args.get(1), args.get(2), args.get(3), false);
            }
            case REBUILD_PARAMETER -> {
                arity(g, args, 3, 3);
                if (!(args.get(0) instanceof Tensor data)) throw new CheckpointException("_rebuild_parameter expects a tensor, got " + Unpickler.typeName(args.get(0)));
                boolean requiresGrad = bool(args.get(1), "requires_grad");
                empty(args.get(2), "backward_hooks");
                checkGrad(data.dtype(), requiresGrad);
                yield new Parameter(data, requiresGrad);
            }
            case STORAGE -> throw new CheckpointException("Trying to call reduce for unrecognized function " + g.path);
        };
    }

    /** A view of {@code storage}, checked to lie inside it (a corrupted size or stride must not reach outside). */
    private static Tensor tensor(Object storage, Object offsetArg, Object sizeArg, Object strideArg, boolean requiresGrad) {
        if (!(storage instanceof Storage s)) throw new CheckpointException("_rebuild_tensor expects a storage, got " + Unpickler.typeName(storage));
        long offset = integer(offsetArg, "storage_offset");
        long[] size = longs(sizeArg, "size"), stride = longs(strideArg, "stride");
        if (size.length != stride.length) throw new CheckpointException("tensor has " + size.length + " sizes but " + stride.length + " strides");
        long end = offset;   // the last element the view reaches
        boolean empty = false;
        try {
            long numel = 1;
            for (int d = 0; d < size.length; d++) {
                if (size[d] < 0 || stride[d] < 0) throw new CheckpointException("tensor has a negative size or stride: size "
                        + java.util.Arrays.toString(size) + ", stride " + java.util.Arrays.toString(stride));
                numel = Math.multiplyExact(numel, size[d]);
                if (size[d] == 0) empty = true;
                else end = Math.addExact(end, Math.multiplyExact(size[d] - 1, stride[d]));
            }
        } catch (ArithmeticException e) {
            throw new CheckpointException("tensor size calculation overflowed with sizes " + java.util.Arrays.toString(size));
        }
        if (offset < 0 || (empty ? offset > s.length() : end >= s.length()))
            throw new CheckpointException("tensor of size " + Size.of(size) + ", stride " + java.util.Arrays.toString(stride) + " and offset " + offset
                    + " reaches outside its storage of " + s.length() + " elements (the checkpoint is corrupted)");
        checkGrad(s.dtype(), requiresGrad);
        Tensor t = Torch.zeros(new long[] {0}, s.dtype()).set_(s, offset, size, stride);
        return requiresGrad ? t.requiresGrad_(true) : t;
    }

    private static void checkGrad(DType dtype, boolean requiresGrad) {
        if (requiresGrad && !dtype.isFloatingPoint())
            throw new CheckpointException("only Tensors of floating point dtype can require gradients (the checkpoint has a " + dtype + " one)");
    }

    private static void arity(Global g, List<?> args, int min, int max) {
        if (args.size() < min || args.size() > max)
            throw new CheckpointException(g.path + " takes " + (min == max ? min : min + " or " + max) + " arguments, the checkpoint gives " + args.size());
    }

    private static void empty(Object hooks, String what) {
        if (hooks == null || hooks instanceof Map<?, ?> m && m.isEmpty()) return;
        throw new CheckpointException("a tensor in the checkpoint has " + what + " (" + Unpickler.typeName(hooks) + "), which torch4j does not restore");
    }

    private static boolean bool(Object o, String what) {
        if (o instanceof Boolean b) return b;
        throw new CheckpointException(what + " must be a bool, got " + Unpickler.typeName(o));
    }

    static long integer(Object o, String what) {
        if (o instanceof Integer || o instanceof Long) return ((Number) o).longValue();
        if (o instanceof BigInteger) throw new CheckpointException(what + " " + o + " is out of range");
        throw new CheckpointException(what + " must be an int, got " + Unpickler.typeName(o));
    }

    private static long[] longs(Object o, String what) {
        if (!(o instanceof List<?> l) || !Pickler.isTuple(l)) throw new CheckpointException(what + " must be a tuple of ints, got " + Unpickler.typeName(o));
        long[] v = new long[l.size()];
        for (int i = 0; i < v.length; i++) v[i] = integer(l.get(i), what);
        return v;
    }
}
