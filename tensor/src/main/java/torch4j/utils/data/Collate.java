package torch4j.utils.data;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * PyTorch's {@code default_collate}: turns the list of a batch's items into a batch, recursively
 * by the first item's type. Java types take the place of Python's:
 * <ul>
 *   <li>{@link Tensor} → the items stacked along a new first dimension;</li>
 *   <li>{@code Integer}, {@code Long}, {@code Short}, {@code Byte} (Python ints) → an int64
 *       tensor; {@code Double} (Python float) → float64; {@code Float} → float32 (as a numpy
 *       float32 scalar); {@code Boolean} → bool;</li>
 *   <li>a primitive array ({@code float[]}, {@code long[][]}, ..., like a numpy array) → the arrays
 *       as tensors of their element type, stacked;</li>
 *   <li>{@code String}, {@code Character} → the items themselves, as a list;</li>
 *   <li>a {@link Map} → a map with the first item's keys in order, each value the collation of
 *       that key's values;</li>
 *   <li>a record (Python's namedtuple) → the same record, each component the collation of that
 *       component's values, when its declared type can hold it (declare components that become
 *       tensors as {@code Tensor} or {@code Object});</li>
 *   <li>a {@link List} or an object array (Python's list and tuple) → the same shape
 *       transposed: element i is the collation of every item's element i; an array keeps its
 *       element type where the results fit ({@code Tensor[]} stays {@code Tensor[]}).</li>
 * </ul>
 *
 * <pre>{@code
 * jshell> Collate.defaultCollate(List.of(Map.of("a", 0), Map.of("a", 100)))
 * $1 ==> {a=tensor([  0, 100])}
 * jshell> Collate.defaultCollate(List.of(new Object[] {tensor(1.0), 2}, new Object[] {tensor(3.0), 4}))
 * $2 ==> Object[2] { tensor([1., 3.]), tensor([2, 4]) }
 * }</pre>
 */
public final class Collate {
    private static final String UNSUPPORTED =
            "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found ";

    private Collate() {}

    /**
     * {@code default_collate(batch)}.
     *
     * @throws IllegalArgumentException PyTorch's "default_collate: batch must contain tensors,
     *         numpy arrays, numbers, dicts or lists; found ..." for other types; "each element in
     *         list of batch should be of equal size" for ragged lists or arrays
     */
    public static Object defaultCollate(List<?> batch) {
        if (batch.isEmpty()) throw new IndexOutOfBoundsException("list index out of range");
        Object elem = batch.get(0);
        return switch (elem) {
            case null -> throw new IllegalArgumentException(UNSUPPORTED + "null");
            case Tensor t -> stack(batch);
            case Double d -> numbers(batch, DType.FLOAT64);
            case Float f -> numbers(batch, DType.FLOAT32);
            case Integer i -> numbers(batch, DType.INT64);
            case Long l -> numbers(batch, DType.INT64);
            case Short s -> numbers(batch, DType.INT64);
            case Byte b -> numbers(batch, DType.INT64);
            case Boolean b -> numbers(batch, DType.BOOL);
            case CharSequence s -> new ArrayList<>(batch);
            case Character c -> new ArrayList<>(batch);
            case Map<?, ?> m -> maps(m, batch);
            case Record r -> records(r, batch);
            case List<?> l -> transposed(batch, l.size()).stream().map(Collate::defaultCollate).toList();
            default -> {
                if (elem.getClass().isArray()) yield primitiveLeaves(elem.getClass()) ? stackArrays(batch) : arrays(elem, batch);
                throw new IllegalArgumentException(UNSUPPORTED + elem.getClass().getName());
            }
        };
    }

    private static Tensor stack(List<?> batch) {
        List<Tensor> tensors = new ArrayList<>(batch.size());
        for (Object o : batch) tensors.add(element(o, Tensor.class));
        return Torch.stack(tensors, 0);
    }

    /** {@code torch.tensor(batch, dtype=...)}: every item read as a number of the first item's kind. */
    private static Tensor numbers(List<?> batch, DType dtype) {
        int n = batch.size();
        switch (dtype) {
            case FLOAT64, FLOAT32 -> {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) v[i] = element(batch.get(i), Number.class).doubleValue();
                return Torch.tensor(v, DType.FLOAT64).to(dtype);
            }
            case BOOL -> {
                boolean[] v = new boolean[n];
                for (int i = 0; i < n; i++) v[i] = element(batch.get(i), Boolean.class);
                return Torch.tensor(v);
            }
            default -> {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) v[i] = element(batch.get(i), Number.class).longValue();
                return Torch.tensor(v);
            }
        }
    }

    /** {@code float[]}, {@code long[][]}, ...: arrays that hold numbers at every leaf, as numpy arrays do. */
    private static boolean primitiveLeaves(Class<?> type) {
        while (type.isArray()) type = type.getComponentType();
        return type.isPrimitive();
    }

    /** Like numpy arrays: each as a tensor of its element type ({@code Torch.from}), stacked. */
    private static Tensor stackArrays(List<?> batch) {
        List<Tensor> tensors = new ArrayList<>(batch.size());
        for (Object o : batch) tensors.add(Torch.from(element(o, batch.get(0).getClass())));
        return Torch.stack(tensors, 0);
    }

    private static Map<Object, Object> maps(Map<?, ?> first, List<?> batch) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Object key : first.keySet()) {
            List<Object> values = new ArrayList<>(batch.size());
            for (Object item : batch) {
                Map<?, ?> m = element(item, Map.class);
                if (!m.containsKey(key)) throw new NoSuchElementException("KeyError: " + key);
                values.add(m.get(key));
            }
            out.put(key, defaultCollate(values));
        }
        return out;
    }

    /** A namedtuple's collation: the record rebuilt from its collated components. */
    private static Record records(Record first, List<?> batch) {
        Class<?> type = first.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int c = 0; c < components.length; c++) {
            types[c] = components[c].getType();
            List<Object> column = new ArrayList<>(batch.size());
            for (Object item : batch) column.add(component(components[c], element(item, type)));
            values[c] = defaultCollate(column);
            if (types[c].isPrimitive() || !types[c].isInstance(values[c])) {
                throw new IllegalArgumentException("default_collate: component " + components[c].getName() + " of record "
                        + type.getSimpleName() + " is declared " + types[c].getSimpleName() + " and cannot hold the collated "
                        + values[c].getClass().getSimpleName() + "; declare it as " + values[c].getClass().getSimpleName()
                        + " (or Object), or give the DataLoader a collate function");
            }
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true); // records declared in a JShell snippet or a test are not public
            return (Record) canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild record " + type.getName(), e);
        }
    }

    private static Object component(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read record component " + component.getName(), e);
        }
    }

    /** An object array's collation: an array of the first item's element type where every result fits, else Object[]. */
    private static Object arrays(Object first, List<?> batch) {
        List<Object> columns = new ArrayList<>();
        for (List<Object> column : transposed(batch, Array.getLength(first))) columns.add(defaultCollate(column));
        Class<?> component = first.getClass().getComponentType();
        for (Object c : columns) if (!component.isInstance(c)) component = Object.class;
        Object out = Array.newInstance(component, columns.size());
        for (int i = 0; i < columns.size(); i++) Array.set(out, i, columns.get(i));
        return out;
    }

    /** {@code zip(*batch)} for lists and object arrays, after PyTorch's equal-size check. */
    private static List<List<Object>> transposed(List<?> batch, int width) {
        List<List<Object>> columns = new ArrayList<>(width);
        for (int c = 0; c < width; c++) columns.add(new ArrayList<>(batch.size()));
        for (Object item : batch) {
            List<?> row = item instanceof List<?> l ? l : item != null && item.getClass().isArray() ? arrayAsList(item) : null;
            if (row == null || row.size() != width) {
                throw new IllegalArgumentException("each element in list of batch should be of equal size");
            }
            for (int c = 0; c < width; c++) columns.get(c).add(row.get(c));
        }
        return columns;
    }

    private static List<?> arrayAsList(Object array) {
        int n = Array.getLength(array);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(Array.get(array, i));
        return out;
    }

    /** An item of the batch as the first item's kind, or PyTorch's type error. */
    private static <E> E element(Object item, Class<E> kind) {
        if (!kind.isInstance(item)) {
            throw new IllegalArgumentException(UNSUPPORTED + (item == null ? "null" : item.getClass().getName())
                    + " among " + kind.getSimpleName() + " items");
        }
        return kind.cast(item);
    }

    /**
     * Whether a batch made by {@link #defaultCollate} has the item's kind, so that a loader whose
     * batch type is its item type can return it: lists stay lists, maps stay maps, everything else
     * must be an instance of the item's class (a Tensor item gives a Tensor batch, a
     * {@code Tensor[]} item a {@code Tensor[]} batch; numbers and strings do not).
     */
    static boolean sameKind(Object item, Object batch) {
        if (item instanceof List) return batch instanceof List;
        if (item instanceof Map) return batch instanceof Map;
        return item != null && item.getClass().isInstance(batch);
    }
}
