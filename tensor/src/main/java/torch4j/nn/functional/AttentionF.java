package torch4j.nn.functional;

import java.util.Arrays;
import java.util.List;
import torch4j.DType;
import torch4j.NnFunctions;
import torch4j.Size;
import torch4j.Tensor;
import torch4j.Torch;

/**
 * The attention half of {@link F}, kept in its own file for size: PyTorch 1.13's
 * {@code F.multi_head_attention_forward}, step for step (so the graph has PyTorch's nodes and
 * dropout draws PyTorch's numbers). Heads are a batch dimension: one bmm for all heads' scores,
 * one for their weighted values. Users call it as {@code F.multiHeadAttentionForward(...)}.
 */
class AttentionF extends NormF {
    AttentionF() {}

    /**
     * {@code F.multi_head_attention_forward(query, key, value, embed_dim_to_check, num_heads,
     * in_proj_weight, in_proj_bias, bias_k, bias_v, add_zero_attn, dropout_p, out_proj_weight,
     * out_proj_bias)} with the defaults for the rest: training, no masks, weights returned and
     * averaged over the heads. Inputs are (L, N, E) sequence-first, or unbatched (L, E).
     *
     * <pre>{@code
     * jshell> manualSeed(0); var m = new MultiheadAttention(4, 2); var x = randn(3, 1, 4);
     * jshell> F.multiHeadAttentionForward(x, x, x, 4, 2, m.inProjWeight, m.inProjBias, null, null, false, 0.0,
     *    ...>     m.outProj.weight, m.outProj.bias).attnOutput().shape()
     * $3 ==> torch.Size([3, 1, 4])
     * }</pre>
     */
    public static AttentionOutput multiHeadAttentionForward(Tensor query, Tensor key, Tensor value, long embedDimToCheck, long numHeads,
            Tensor inProjWeight, Tensor inProjBias, Tensor biasK, Tensor biasV, boolean addZeroAttn, double dropoutP,
            Tensor outProjWeight, Tensor outProjBias) {
        return multiHeadAttentionForward(query, key, value, embedDimToCheck, numHeads, inProjWeight, inProjBias, biasK, biasV,
                addZeroAttn, dropoutP, outProjWeight, outProjBias, true, null, true, null, false, null, null, null, null, null, true);
    }

    /**
     * {@code F.multi_head_attention_forward} with every argument, in PyTorch's order (null for None).
     * Masks: {@code keyPaddingMask} (N, S) or (S), bool (true = ignore that key) or float (added);
     * {@code attnMask} (L, S) or (N·num_heads, L, S), bool (true = may not attend), byte (the
     * same, with PyTorch's deprecation warning) or float (added to the scores). The weights come
     * back (N, L, S) averaged over the heads, (N, num_heads, L, S) when not
     * {@code averageAttnWeights}, or null without {@code needWeights}.
     *
     * @throws IllegalArgumentException PyTorch's assertion and RuntimeError texts, e.g. "The shape
     *         of the 2D attn_mask is torch.Size([3, 4]), but should be (3, 5)."
     */
    public static AttentionOutput multiHeadAttentionForward(Tensor query, Tensor key, Tensor value, long embedDimToCheck, long numHeads,
            Tensor inProjWeight, Tensor inProjBias, Tensor biasK, Tensor biasV, boolean addZeroAttn, double dropoutP,
            Tensor outProjWeight, Tensor outProjBias, boolean training, Tensor keyPaddingMask, boolean needWeights, Tensor attnMask,
            boolean useSeparateProjWeight, Tensor qProjWeight, Tensor kProjWeight, Tensor vProjWeight, Tensor staticK, Tensor staticV,
            boolean averageAttnWeights) {
        boolean isBatched = mhaShapeCheck(query, key, value, keyPaddingMask, attnMask, numHeads);
        if (!isBatched) {
            // a batch of one at dim 1, squeezed off the results (three new tensors, so the
            // projection below takes its three-linear branch, as PyTorch's does)
            query = query.unsqueeze(1);
            key = key.unsqueeze(1);
            value = value.unsqueeze(1);
            if (keyPaddingMask != null) keyPaddingMask = keyPaddingMask.unsqueeze(0);
        }
        long tgtLen = query.size(0), bsz = query.size(1), embedDim = query.size(2);
        long srcLen = key.size(0);
        if (keyPaddingMask != null) checkKeyPaddingMaskDtype(keyPaddingMask);
        check(embedDim == embedDimToCheck, "was expecting embedding dimension of " + embedDimToCheck + ", but got " + embedDim);
        long headDim = embedDim / numHeads;
        check(headDim * numHeads == embedDim, "embed_dim " + embedDim + " not divisible by num_heads " + numHeads);
        if (useSeparateProjWeight) {
            check(key.size(0) == value.size(0) && key.size(1) == value.size(1), "key's sequence and batch dims "
                    + Size.of(key.size(0), key.size(1)) + " do not match value's " + Size.of(value.size(0), value.size(1)));
        } else {
            check(key.shape().equals(value.shape()), "key shape " + key.shape() + " does not match value shape " + value.shape());
        }

        Tensor[] qkv;
        if (!useSeparateProjWeight) {
            check(inProjWeight != null, "use_separate_proj_weight is False but in_proj_weight is None");
            qkv = inProjectionPacked(query, key, value, inProjWeight, inProjBias);
        } else {
            check(qProjWeight != null, "use_separate_proj_weight is True but q_proj_weight is None");
            check(kProjWeight != null, "use_separate_proj_weight is True but k_proj_weight is None");
            check(vProjWeight != null, "use_separate_proj_weight is True but v_proj_weight is None");
            List<Tensor> b = inProjBias == null ? Arrays.asList(null, null, null) : inProjBias.chunk(3);
            qkv = inProjection(query, key, value, qProjWeight, kProjWeight, vProjWeight, b.get(0), b.get(1), b.get(2));
        }
        Tensor q = qkv[0], k = qkv[1], v = qkv[2];

        if (attnMask != null) attnMask = prepareAttnMask(attnMask, tgtLen, srcLen, bsz * numHeads);

        if (biasK != null && biasV != null) {
            check(staticK == null, "bias cannot be added to static key.");
            check(staticV == null, "bias cannot be added to static value.");
            k = Torch.cat(List.of(k, NnFunctions.repeat(biasK, 1, bsz, 1)));
            v = Torch.cat(List.of(v, NnFunctions.repeat(biasV, 1, bsz, 1)));
            if (attnMask != null) attnMask = F.pad(attnMask, new long[]{0, 1});
            if (keyPaddingMask != null) keyPaddingMask = F.pad(keyPaddingMask, new long[]{0, 1});
        } else {
            check(biasK == null && biasV == null, "bias_k and bias_v must both be given or both be None");
        }

        // heads into the batch: (L, N, E) -> (N * heads, L, head_dim)
        q = q.contiguous().view(tgtLen, bsz * numHeads, headDim).transpose(0, 1);
        k = staticK == null ? k.contiguous().view(k.size(0), bsz * numHeads, headDim).transpose(0, 1) : checkStatic(staticK, "k", bsz * numHeads, headDim);
        v = staticV == null ? v.contiguous().view(v.size(0), bsz * numHeads, headDim).transpose(0, 1) : checkStatic(staticV, "v", bsz * numHeads, headDim);

        if (addZeroAttn) {
            long[] zeroAttnShape = {bsz * numHeads, 1, headDim};
            k = Torch.cat(List.of(k, Torch.zeros(zeroAttnShape, k.dtype(), k.device())), 1);
            v = Torch.cat(List.of(v, Torch.zeros(zeroAttnShape, v.dtype(), v.device())), 1);
            if (attnMask != null) attnMask = F.pad(attnMask, new long[]{0, 1});
            if (keyPaddingMask != null) keyPaddingMask = F.pad(keyPaddingMask, new long[]{0, 1});
        }
        srcLen = k.size(1);

        if (keyPaddingMask != null) {
            check(keyPaddingMask.dim() == 2 && keyPaddingMask.size(0) == bsz && keyPaddingMask.size(1) == srcLen,
                    "expecting key_padding_mask shape of " + tuple(bsz, srcLen) + ", but got " + keyPaddingMask.shape());
            keyPaddingMask = keyPaddingMask.view(bsz, 1, 1, srcLen).expand(-1, numHeads, -1, -1).reshape(bsz * numHeads, 1, srcLen);
            if (attnMask == null) attnMask = keyPaddingMask;
            else if (attnMask.dtype() == DType.BOOL) attnMask = attnMask.logicalOr(keyPaddingMask);
            else attnMask = attnMask.maskedFill(keyPaddingMask, Double.NEGATIVE_INFINITY);
        }
        if (attnMask != null && attnMask.dtype() == DType.BOOL)
            attnMask = Torch.zerosLike(attnMask, q.dtype()).maskedFill_(attnMask, Double.NEGATIVE_INFINITY);
        if (!training) dropoutP = 0.0;

        // the attention: softmax(q k^T / sqrt(head_dim) + mask) v, all heads in one bmm each
        Tensor qScaled = q.div(Math.sqrt(q.size(2)));
        Tensor weights = attnMask != null ? NnFunctions.baddbmm(attnMask, qScaled, k.transpose(-2, -1)) : qScaled.bmm(k.transpose(-2, -1));
        weights = F.softmax(weights, -1);
        if (dropoutP > 0.0) weights = F.dropout(weights, dropoutP);
        Tensor out = weights.bmm(v);
        out = out.transpose(0, 1).contiguous().view(tgtLen * bsz, embedDim);
        out = F.linear(out, outProjWeight, outProjBias);
        out = out.view(tgtLen, bsz, out.size(1));

        if (!needWeights) return new AttentionOutput(isBatched ? out : out.squeeze(1), null);
        weights = weights.view(bsz, numHeads, tgtLen, srcLen);
        if (averageAttnWeights) weights = weights.sum(new long[]{1}, false).div((double) numHeads);
        return isBatched ? new AttentionOutput(out, weights) : new AttentionOutput(out.squeeze(1), weights.squeeze(0));
    }

    /** PyTorch's {@code _mha_shape_check}: whether the input is batched, with its messages. */
    private static boolean mhaShapeCheck(Tensor query, Tensor key, Tensor value, Tensor keyPaddingMask, Tensor attnMask, long numHeads) {
        if (query.dim() == 3) {
            check(key.dim() == 3 && value.dim() == 3, "For batched (3-D) `query`, expected `key` and `value` to be 3-D but found "
                    + key.dim() + "-D and " + value.dim() + "-D tensors respectively");
            if (keyPaddingMask != null) check(keyPaddingMask.dim() == 2,
                    "For batched (3-D) `query`, expected `key_padding_mask` to be `None` or 2-D but found " + keyPaddingMask.dim() + "-D tensor instead");
            if (attnMask != null) check(attnMask.dim() == 2 || attnMask.dim() == 3,
                    "For batched (3-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D but found " + attnMask.dim() + "-D tensor instead");
            return true;
        }
        if (query.dim() == 2) {
            check(key.dim() == 2 && value.dim() == 2, "For unbatched (2-D) `query`, expected `key` and `value` to be 2-D but found "
                    + key.dim() + "-D and " + value.dim() + "-D tensors respectively");
            if (keyPaddingMask != null) check(keyPaddingMask.dim() == 1,
                    "For unbatched (2-D) `query`, expected `key_padding_mask` to be `None` or 1-D but found " + keyPaddingMask.dim() + "-D tensor instead");
            if (attnMask != null) {
                check(attnMask.dim() == 2 || attnMask.dim() == 3,
                        "For unbatched (2-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D but found " + attnMask.dim() + "-D tensor instead");
                if (attnMask.dim() == 3) {
                    long[] expected = {numHeads, query.size(0), key.size(0)};
                    check(Arrays.equals(attnMask.shape().toLongArray(), expected),
                            "Expected `attn_mask` shape to be " + tuple(expected) + " but got " + attnMask.shape());
                }
            }
            return false;
        }
        throw new IllegalArgumentException("query should be unbatched 2D or batched 3D tensor but received " + query.dim() + "-D query tensor");
    }

    /** Key padding masks are bool or floating point (PyTorch asserts it in the module and in the functional). */
    static void checkKeyPaddingMaskDtype(Tensor keyPaddingMask) {
        check(keyPaddingMask.dtype() == DType.BOOL || keyPaddingMask.isFloatingPoint(), "only bool and floating types of key_padding_mask are supported");
    }

    /** A 2-D or 3-D attention mask as a 3-D bool or float one, with PyTorch's checks. */
    private static Tensor prepareAttnMask(Tensor attnMask, long tgtLen, long srcLen, long batchHeads) {
        if (attnMask.dtype() == DType.UINT8) {
            Warnings.once("Byte tensor for attn_mask in nn.MultiheadAttention is deprecated. Use bool tensor instead.");
            attnMask = attnMask.to(DType.BOOL);
        } else {
            check(attnMask.isFloatingPoint() || attnMask.dtype() == DType.BOOL,
                    "Only float, byte, and bool types are supported for attn_mask, not " + attnMask.dtype());
        }
        if (attnMask.dim() == 2) {
            if (attnMask.size(0) != tgtLen || attnMask.size(1) != srcLen)
                throw new IllegalArgumentException("The shape of the 2D attn_mask is " + attnMask.shape() + ", but should be " + tuple(tgtLen, srcLen) + ".");
            return attnMask.unsqueeze(0);
        }
        if (attnMask.dim() == 3) {
            if (attnMask.size(0) != batchHeads || attnMask.size(1) != tgtLen || attnMask.size(2) != srcLen)
                throw new IllegalArgumentException("The shape of the 3D attn_mask is " + attnMask.shape() + ", but should be "
                        + tuple(batchHeads, tgtLen, srcLen) + ".");
            return attnMask;
        }
        throw new IllegalArgumentException("attn_mask's dimension " + attnMask.dim() + " is not supported");
    }

    private static Tensor checkStatic(Tensor t, String which, long batchHeads, long headDim) {
        check(t.size(0) == batchHeads, "expecting static_" + which + ".size(0) of " + batchHeads + ", but got " + t.size(0));
        check(t.size(2) == headDim, "expecting static_" + which + ".size(2) of " + headDim + ", but got " + t.size(2));
        return t;
    }

    /**
     * PyTorch's {@code _in_projection_packed}: one linear for self-attention (q, k, v the same
     * tensor) then chunked, two when k and v are the same tensor, else three.
     */
    private static Tensor[] inProjectionPacked(Tensor q, Tensor k, Tensor v, Tensor w, Tensor b) {
        long e = q.size(-1);
        if (k == v) {
            if (q == k) return F.linear(q, w, b).chunk(3, -1).toArray(Tensor[]::new);
            List<Tensor> ws = w.split(new long[]{e, e * 2});
            List<Tensor> bs = b == null ? Arrays.asList(null, null) : b.split(new long[]{e, e * 2});
            List<Tensor> kv = F.linear(k, ws.get(1), bs.get(1)).chunk(2, -1);
            return new Tensor[]{F.linear(q, ws.get(0), bs.get(0)), kv.get(0), kv.get(1)};
        }
        List<Tensor> ws = w.chunk(3);
        List<Tensor> bs = b == null ? Arrays.asList(null, null, null) : b.chunk(3);
        return new Tensor[]{F.linear(q, ws.get(0), bs.get(0)), F.linear(k, ws.get(1), bs.get(1)), F.linear(v, ws.get(2), bs.get(2))};
    }

    /** PyTorch's {@code _in_projection}: separate weights, (Eq, Eq), (Eq, Ek) and (Eq, Ev). */
    private static Tensor[] inProjection(Tensor q, Tensor k, Tensor v, Tensor wq, Tensor wk, Tensor wv, Tensor bq, Tensor bk, Tensor bv) {
        long eq = q.size(-1), ek = k.size(-1), ev = v.size(-1);
        checkShape(wq, "query weights", eq, eq);
        checkShape(wk, "key weights", eq, ek);
        checkShape(wv, "value weights", eq, ev);
        if (bq != null) checkShape(bq, "query bias", eq);
        if (bk != null) checkShape(bk, "key bias", eq);
        if (bv != null) checkShape(bv, "value bias", eq);
        return new Tensor[]{F.linear(q, wq, bq), F.linear(k, wk, bk), F.linear(v, wv, bv)};
    }

    private static void checkShape(Tensor t, String what, long... expected) {
        check(Arrays.equals(t.shape().toLongArray(), expected), "expecting " + what + " shape of " + tuple(expected) + ", but got " + t.shape());
    }

    private static void check(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
    }

    /** Python's repr of a tuple of ints: {@code (3, 5)}, {@code (4,)}. */
    private static String tuple(long... values) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) s.append(i > 0 ? ", " : "").append(values[i]);
        return s.append(values.length == 1 ? ",)" : ")").toString();
    }
}
