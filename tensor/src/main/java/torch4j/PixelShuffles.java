package torch4j;

import java.util.Arrays;

/**
 * {@code F.pixel_shuffle} and {@code F.pixel_unshuffle} as ATen 1.13 computes them: a view of
 * (*, C, H, W) as (*, C/r², r, r, H, W), a permute to (*, C/r², H, r, W, r) and a contiguous copy
 * viewed as (*, C/r², H·r, W·r), and the inverse arrangement. Each is the other's gradient, so the
 * nodes ({@code PixelShuffleBackward0}, {@code PixelUnshuffleBackward0}) differentiate again.
 *
 * <pre>{@code
 * jshell> F.pixelShuffle(arange(4.).view(1, 4, 1, 1), 2)
 * $1 ==> tensor([[[[0., 1.],
 *           [2., 3.]]]])
 * }</pre>
 */
public final class PixelShuffles {
    private PixelShuffles() {}

    /** (*, C·r², H, W) to (*, C, H·r, W·r). */
    public static Tensor pixelShuffle(Tensor x, long r) {
        check(x, r, "pixel_shuffle", "upscale_factor");
        int d = x.dim();
        long c = x.shape[d - 3];
        if (c % (r * r) != 0)
            throw new IllegalArgumentException("pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of upscale_factor, but input.size(-3)="
                    + c + " is not divisible by " + r * r);
        long oc = c / (r * r), h = x.shape[d - 2], w = x.shape[d - 1];
        long[] batch = Arrays.copyOf(x.shape, d - 3);
        return Recording.record("PixelShuffleBackward0", (n, g) -> new Tensor[]{pixelUnshuffle(g, r)},
                () -> arrange(x, shape(batch, oc, r, r, h, w), shape(batch, oc, h * r, w * r), new int[]{0, 3, 1, 4, 2}), new Tensor[]{x});
    }

    /** (*, C, H·r, W·r) to (*, C·r², H, W). */
    public static Tensor pixelUnshuffle(Tensor x, long r) {
        check(x, r, "pixel_unshuffle", "downscale_factor");
        int d = x.dim();
        long c = x.shape[d - 3], h = x.shape[d - 2], w = x.shape[d - 1];
        if (h % r != 0)
            throw new IllegalArgumentException("pixel_unshuffle expects height to be divisible by downscale_factor, but input.size(-2)=" + h + " is not divisible by " + r);
        if (w % r != 0)
            throw new IllegalArgumentException("pixel_unshuffle expects width to be divisible by downscale_factor, but input.size(-1)=" + w + " is not divisible by " + r);
        long[] batch = Arrays.copyOf(x.shape, d - 3);
        return Recording.record("PixelUnshuffleBackward0", (n, g) -> new Tensor[]{pixelShuffle(g, r)},
                () -> arrange(x, shape(batch, c, h / r, r, w / r, r), shape(batch, c * r * r, h / r, w / r), new int[]{0, 2, 4, 1, 3}), new Tensor[]{x});
    }

    private static void check(Tensor x, long r, String op, String factor) {
        if (x.dim() < 3)
            throw new IllegalArgumentException(op + " expects input to have at least 3 dimensions, but got input with " + x.dim() + " dimension(s)");
        if (r <= 0) throw new IllegalArgumentException(op + " expects a positive " + factor + ", but got " + r);
    }

    /** x viewed as {@code split} (batch dims then 5), the last five permuted by {@code perm}, copied contiguous and viewed as {@code out}. */
    private static Tensor arrange(Tensor x, long[] split, long[] out, int[] perm) {
        int b = split.length - 5;
        long[] dims = new long[split.length];
        for (int i = 0; i < b; i++) dims[i] = i;
        for (int i = 0; i < 5; i++) dims[b + i] = b + perm[i];
        Tensor p = x.reshape(split).permute(dims);
        return (p.isContiguous() ? p.clone() : p.contiguous()).view(out);   // a new tensor even when nothing moves (r = 1)
    }

    private static long[] shape(long[] batch, long... rest) {
        long[] s = Arrays.copyOf(batch, batch.length + rest.length);
        System.arraycopy(rest, 0, s, batch.length, rest.length);
        return s;
    }
}
