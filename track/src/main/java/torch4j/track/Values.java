package torch4j.track;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.TreeMap;

/**
 * How config and summary values are stored: a type name and the value's text, so a value reads
 * back as the Java type it was written as ({@code int} stays {@code Integer}, {@code 1e-3} stays
 * {@code Double}). Other objects are stored as their {@code toString()}.
 */
final class Values {
    private Values() {}

    /** The stored type name of {@code v}. */
    static String type(Object v) {
        return switch (v) {
            case null -> "null";
            case Integer i -> "int";
            case Long l -> "long";
            case Double d -> "double";
            case Float f -> "float";
            case Short s -> "int";
            case Byte b -> "int";
            case Boolean b -> "bool";
            default -> "str";
        };
    }

    /** The stored text of {@code v}. */
    static String text(Object v) {
        return v == null ? null : v instanceof Enum<?> e ? e.name() : String.valueOf(v);
    }

    /** The value stored as {@code type} and {@code text}. */
    static Object decode(String type, String text) {
        return switch (type) {
            case "null" -> null;
            case "int" -> Integer.valueOf(text);
            case "long" -> Long.valueOf(text);
            case "double" -> Double.valueOf(text);
            case "float" -> Float.valueOf(text);
            case "bool" -> Boolean.valueOf(text);
            default -> text;
        };
    }

    /**
     * A config object as ordered key/value pairs: a record's components in declaration order, a
     * map's entries in its order (sorted by key when the map has none, as {@code Map.of}); nested
     * records and maps become dotted keys ({@code optimizer.lr}), as wandb flattens them for its tables.
     */
    static SequencedMap<String, Object> flatten(Object config) {
        SequencedMap<String, Object> out = new LinkedHashMap<>();
        if (config != null) flatten("", config, out);
        return out;
    }

    private static void flatten(String prefix, Object config, SequencedMap<String, Object> out) {
        if (config instanceof Map<?, ?> m) {
            Map<?, ?> ordered = m instanceof SequencedMap<?, ?> ? m : new TreeMap<>(m);
            for (var e : ordered.entrySet()) put(prefix + e.getKey(), e.getValue(), out);
        } else if (config instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    rc.getAccessor().setAccessible(true);
                    put(prefix + rc.getName(), rc.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException("cannot read component " + rc.getName() + " of " + r.getClass().getName(), e);
                }
            }
        } else {
            throw new IllegalArgumentException("config must be a Map or a record, not " + config.getClass().getName());
        }
    }

    private static void put(String key, Object v, SequencedMap<String, Object> out) {
        if (v instanceof Map<?, ?> || v instanceof Record) flatten(key + ".", v, out);
        else out.put(key, v instanceof Enum<?> e ? e.name() : v);
    }
}
