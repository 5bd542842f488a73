package torch4j;

import com.google.gson.JsonArray;

/** The inputs of gen_sum_bits.py and gen_sum_blocks.py (golden/sum_bits), made exactly as it makes them: data kinds and view steps. */
final class SumBitsData {
    private SumBitsData() {}

    /** {@code n} floats of a data kind (see gen_sum_bits.py). */
    static Tensor of(String kind, int n, long seed) {
        if (kind.equals("randn")) {
            Torch.manualSeed(seed);
            return Torch.randn(n);
        }
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = switch (kind) {
                case "lcg" -> (float) (((i * 1103515245L + 12345L) % (1L << 31)) - (1L << 30)) / 1048576f;
                case "cancel" -> new float[]{1e8f, 1f, -1e8f, 1f}[i % 4];
                case "wide" -> {
                    long a = (i * 1103515245L + 12345L) & ((1L << 31) - 1);
                    long b = (i * 2654435761L + seed) & 0xFFFFFFFFL;
                    long e = (a >> 7) % 42 - 14;
                    yield Float.intBitsToFloat((int) (((b >> 31) << 31) | ((e + 127) << 23) | (b & 0x7FFFFF)));
                }
                case "negzero" -> -0f;
                // gen_sum_blocks.py: runs of -0.0 in the lcg data
                case "zeroblocks" -> (i / 512) % 3 == 0 || i % 1000 < 64 ? -0f
                        : (float) (((i * 1103515245L + 12345L) % (1L << 31)) - (1L << 30)) / 1048576f;
                default -> throw new IllegalArgumentException(kind);
            };
        }
        return Torch.from(v);
    }

    /** One view step: ["t"], ["permute", dims], ["transpose", a, b], ["slice", dim, start, end, step], ["expand", sizes], ["unsqueeze", d]. */
    static Tensor view(Tensor x, JsonArray s) {
        return switch (s.get(0).getAsString()) {
            case "t" -> x.t();
            case "permute" -> x.permute(GoldenJson.longs(s.get(1).getAsJsonArray()));
            case "transpose" -> x.transpose(s.get(1).getAsLong(), s.get(2).getAsLong());
            case "expand" -> x.expand(GoldenJson.longs(s.get(1).getAsJsonArray()));
            case "unsqueeze" -> x.unsqueeze(s.get(1).getAsLong());
            case "slice" -> {
                int dim = s.get(1).getAsInt();
                long size = x.shape().toLongArray()[dim];
                long start = bound(s.get(2).isJsonNull() ? 0 : s.get(2).getAsLong(), size);
                long end = bound(s.get(3).isJsonNull() ? size : s.get(3).getAsLong(), size);
                yield x.slice(dim, start, Math.max(start, end), s.get(4).getAsLong());
            }
            default -> throw new IllegalArgumentException(s.toString());
        };
    }

    /** A Python slice bound: negative counts from the end; clamped to [0, size]. */
    private static long bound(long v, long size) {
        return Math.max(0, Math.min(size, v < 0 ? v + size : v));
    }
}
