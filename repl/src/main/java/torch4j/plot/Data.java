package torch4j.plot;

import java.util.List;
import torch4j.Tensor;

/** Turns what a user passes to a plot call (a 1-D tensor, a Java array, a list of numbers) into doubles. */
final class Data {
    private Data() {}

    /** The values of {@code data} as doubles; a tensor must have one dimension (size-1 dims are ignored). */
    static double[] doubles(Object data, String what) {
        return switch (data) {
            case null -> throw new IllegalArgumentException(what + " must not be null");
            case Tensor t -> tensor(t, what);
            case double[] a -> a.clone();
            case float[] a -> { double[] d = new double[a.length]; for (int i = 0; i < a.length; i++) d[i] = a[i]; yield d; }
            case int[] a -> { double[] d = new double[a.length]; for (int i = 0; i < a.length; i++) d[i] = a[i]; yield d; }
            case long[] a -> { double[] d = new double[a.length]; for (int i = 0; i < a.length; i++) d[i] = a[i]; yield d; }
            case Number[] a -> numbers(List.of(a), what);
            case List<?> l -> numbers(l, what);
            default -> throw new IllegalArgumentException(what + " must be a 1-D tensor, a double[]/float[]/int[]/long[] or a List<Number>, got "
                    + data.getClass().getSimpleName());
        };
    }

    /** Whether {@code data} holds integers (class labels to colour by category). */
    static boolean integral(Object data) {
        return switch (data) {
            case Tensor t -> !t.isFloatingPoint();
            case int[] _, long[] _ -> true;
            case List<?> l -> !l.isEmpty() && l.stream().allMatch(v -> v instanceof Integer || v instanceof Long);
            default -> false;
        };
    }

    private static double[] tensor(Tensor t, String what) {
        long nonUnit = 0;
        for (long s : t.shape().toLongArray()) if (s != 1) nonUnit++;
        if (nonUnit > 1) throw new IllegalArgumentException(what + " must be 1-D, got a tensor of shape " + t.shape());
        return t.detach().toDoubleArray();
    }

    private static double[] numbers(List<?> list, String what) {
        double[] d = new double[list.size()];
        for (int i = 0; i < d.length; i++) {
            if (!(list.get(i) instanceof Number n)) throw new IllegalArgumentException(what + " must hold numbers, got " + list.get(i));
            d[i] = n.doubleValue();
        }
        return d;
    }

    /** 0, 1, ..., n-1: the x values of {@code plot(y)}. */
    static double[] range(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = i;
        return x;
    }
}
