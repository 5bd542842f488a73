package torch4j;

/**
 * {@code channel_shuffle}: the channels of (N, C, *) regrouped as ATen's
 * {@code math_channel_shuffle} does, viewed as (N, groups, C / groups, rest), the two middle
 * dimensions swapped, copied contiguous and shaped back. PyTorch 1.13 has no derivative for it on
 * the CPU: a result of an input that requires grad carries a {@code NotImplemented} node that
 * refuses backward in its words.
 */
final class NnChannelShuffle {
    private NnChannelShuffle() {}

    static Tensor channelShuffle(Tensor x, long groups) {
        if (x.dim() <= 2)
            throw new IllegalArgumentException("channel_shuffle expects input with > 2 dims, but got input with sizes " + torch4j.storage.Shapes.str(x.shape));
        if (groups <= 0)
            throw new IllegalArgumentException("Number of groups to divide channels in must be positive. Value of groups:" + groups);
        long channels = x.shape[1];
        if (channels % groups != 0)
            throw new IllegalArgumentException("Number of channels must be divisible by groups. Got " + channels + " channels and " + groups + " groups.");
        long rest = 1;
        for (int d = 2; d < x.dim(); d++) rest *= x.shape[d];
        Tensor out;
        try (var _ = torch4j.autograd.GradMode.noGrad()) {
            out = x.reshape(x.shape[0], groups, channels / groups, rest).permute(0, 2, 1, 3).contiguous().view(x.shape);
        }
        return Recording.notDifferentiable(out, "derivative for channel_shuffle is not implemented", x);
    }
}
