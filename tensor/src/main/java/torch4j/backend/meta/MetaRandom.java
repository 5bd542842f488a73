package torch4j.backend.meta;

import torch4j.Generator;
import torch4j.backend.Operand;
import torch4j.backend.RandomPrimitives;

/**
 * Random fills on the meta device: nothing is drawn and the generator does not move, as in
 * PyTorch ({@code torch.randn(3, device='meta')} leaves the CPU stream where it was).
 * multinomial has no meta kernel in PyTorch 1.13 and fails as there.
 */
final class MetaRandom implements RandomPrimitives {
    @Override public void fill(Distribution d, Generator gen, long[] shape, Operand out) {}
    @Override public void randperm(Generator gen, long n, Operand out) {}
    @Override public void checkMultinomial(long rows, long categories, boolean replacement, Operand probs) {
        throw MetaReductions.noKernel("aten::multinomial");
    }
    @Override public void multinomial(Generator gen, long rows, long categories, int n, Operand out, Operand probs) {
        throw MetaReductions.noKernel("aten::multinomial");
    }
    @Override public void checkStd(long[] shape, Operand std) {}
}
