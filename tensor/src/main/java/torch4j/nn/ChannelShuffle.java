package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * Interleaves the channels of (N, C, *) inputs across {@code groups} ({@code nn.ChannelShuffle},
 * ShuffleNet's layer); see {@link F#channelShuffle(Tensor, long)}. Not differentiable, as in PyTorch 1.13.
 *
 * <pre>{@code
 * jshell> new ChannelShuffle(2).call(arange(4).view(1, 4, 1)).flatten()
 * $1 ==> tensor([0, 2, 1, 3])
 * }</pre>
 */
public class ChannelShuffle extends Module {
    /** The number of groups the channels are split into. */
    public final long groups;

    /** {@code nn.ChannelShuffle(groups)}. */
    public ChannelShuffle(long groups) { this.groups = groups; }

    @Override public Tensor forward(Tensor input) { return F.channelShuffle(input, groups); }

    @Override public String extraRepr() { return "groups=" + groups; }
}
