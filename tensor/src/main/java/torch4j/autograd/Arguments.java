package torch4j.autograd;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.StringJoiner;

/**
 * Fits the arguments of {@code apply} (or the gradients of backward) to a declared
 * {@code forward}/{@code backward}: one value per parameter, or the rest gathered into a trailing
 * varargs array; Java's numbers convert as a method call would convert them ({@code apply(x, 2)}
 * reaches a {@code double} parameter).
 */
final class Arguments {
    private Arguments() {}

    /** {@code ctx} and the arguments as {@code m}'s parameters want them, or null when they do not fit. */
    static Object[] fit(Method m, FunctionCtx ctx, Object[] args) {
        Class<?>[] p = m.getParameterTypes();
        int fixed = m.isVarArgs() ? p.length - 2 : p.length - 1;
        if (m.isVarArgs() ? args.length < fixed : args.length != fixed) return null;
        Object[] call = new Object[p.length];
        call[0] = ctx;
        for (int i = 0; i < fixed; i++) {
            Object v = convert(p[i + 1], args[i]);
            if (v == NO) return null;
            call[i + 1] = v;
        }
        if (m.isVarArgs()) {
            Class<?> component = p[p.length - 1].getComponentType();
            int rest = args.length - fixed;
            if (rest == 1 && args[fixed] != null && p[p.length - 1].isInstance(args[fixed])) {
                call[p.length - 1] = args[fixed];
                return call;
            }
            Object array = Array.newInstance(component, rest);
            for (int i = 0; i < rest; i++) {
                Object v = convert(component, args[fixed + i]);
                if (v == NO) return null;
                Array.set(array, i, v);
            }
            call[p.length - 1] = array;
        }
        return call;
    }

    private static final Object NO = new Object();

    /** {@code value} for a parameter of type {@code type}, or {@link #NO}. */
    private static Object convert(Class<?> type, Object value) {
        if (value == null) return type.isPrimitive() ? NO : null;
        Class<?> boxed = box(type);
        if (boxed.isInstance(value)) return value;
        if (value instanceof Number n && !(value instanceof java.math.BigDecimal)) {
            boolean integral = value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
            if (boxed == Double.class) return n.doubleValue();
            if (boxed == Float.class) return n.floatValue();
            if (boxed == Long.class && integral) return n.longValue();
            if (boxed == Integer.class && (value instanceof Short || value instanceof Byte)) return n.intValue();
        }
        return NO;
    }

    private static Class<?> box(Class<?> t) {
        if (!t.isPrimitive()) return t;
        if (t == int.class) return Integer.class;
        if (t == long.class) return Long.class;
        if (t == double.class) return Double.class;
        if (t == float.class) return Float.class;
        if (t == boolean.class) return Boolean.class;
        if (t == short.class) return Short.class;
        if (t == byte.class) return Byte.class;
        return Character.class;
    }

    /** The parameter list after ctx, for an error message: {@code (Tensor, double)}. */
    static String describe(Method m) {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        Class<?>[] p = m.getParameterTypes();
        for (int i = 1; i < p.length; i++)
            j.add(m.isVarArgs() && i == p.length - 1 ? p[i].getComponentType().getSimpleName() + "..." : p[i].getSimpleName());
        return j.toString();
    }
}
