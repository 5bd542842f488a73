package torch4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code torch.einsum}: PyTorch 1.13's algorithm. Each operand's repeated subscripts become
 * diagonals, then it is permuted into one common order of all subscripts (the output's first,
 * then the contracted ones, size-1 dims where a subscript is absent); the operands are folded
 * left to right, each pair by ATen's sumproduct_pair (a plain product when nothing is summed,
 * else one bmm over the batch, left-only, summed and right-only dims), each subscript summed as
 * soon as no later operand has it. Everything is ordinary differentiable ops, so autograd follows.
 */
final class Einsum {
    private Einsum() {}

    private static final int ELLIPSIS = -1;

    static Tensor einsum(String equation, List<Tensor> operands) {
        if (operands.isEmpty())
            throw new IllegalArgumentException("einsum(): must provide at least one operand");
        String eq = equation.replace(" ", "");
        int arrow = eq.indexOf("->");
        String lhs = arrow < 0 ? eq : eq.substring(0, arrow);
        String[] terms = lhs.split(",", -1);
        if (terms.length < operands.size())
            throw new IllegalArgumentException("einsum(): more operands were provided than specified in the equation");
        if (terms.length > operands.size())
            throw new IllegalArgumentException("einsum(): fewer operands were provided than specified in the equation");
        int nOps = operands.size();
        List<int[]> labels = new ArrayList<>();
        int[] counts = new int[52];
        int ellDims = 0;
        for (int i = 0, base = 0; i < nOps; base += terms[i].length() + 1, i++) {
            int[] l = parse(terms[i], base, i);
            labels.add(l);
            Tensor op = operands.get(i);
            boolean ell = Arrays.stream(l).anyMatch(x -> x == ELLIPSIS);
            int named = ell ? l.length - 1 : l.length;
            if (ell ? op.dim() < named : op.dim() != named)
                throw new IllegalArgumentException("einsum(): the number of subscripts in the equation (" + named
                        + (ell ? ") is more than the number of dimensions (" : ") does not match the number of dimensions (")
                        + op.dim() + ") for operand " + i + (ell ? "" : " and no ellipsis was given"));
            if (ell) ellDims = Math.max(ellDims, op.dim() - named);
            for (int x : l) if (x != ELLIPSIS) counts[x]++;
        }
        // the output: explicit, or the ellipsis then each subscript seen once, in alphabetical order (A-Z before a-z)
        List<Integer> outOrder = new ArrayList<>();   // label ids, ELLIPSIS for the ellipsis block
        if (arrow >= 0) {
            int[] out = parse(eq.substring(arrow + 2), arrow + 2, -1);
            boolean[] seen = new boolean[52];
            for (int x : out) {
                if (x == ELLIPSIS) { outOrder.add(ELLIPSIS); continue; }
                if (seen[x]) throw new IllegalArgumentException("einsum(): output subscript " + letter(x) + " appears more than once in the output");
                if (counts[x] == 0)
                    throw new IllegalArgumentException("einsum(): output subscript " + letter(x) + " does not appear in the equation for any input operand");
                seen[x] = true;
                outOrder.add(x);
            }
            if (!outOrder.contains(ELLIPSIS) && ellDims > 0) outOrder.add(0, ELLIPSIS);   // summed below, as PyTorch sums an unlisted ellipsis
        } else {
            outOrder.add(ELLIPSIS);
            for (int x = 0; x < 52; x++) if (counts[x] == 1) outOrder.add(x);
        }
        boolean ellipsisKept = arrow < 0 || eq.substring(arrow + 2).contains("...");
        // the common order: ellipsis dims and output subscripts, then the contracted ones by first appearance
        int[] position = new int[52];
        Arrays.fill(position, -1);
        int dims = 0, ellStart = 0;
        for (int x : outOrder) {
            if (x == ELLIPSIS) { ellStart = dims; dims += ellDims; }
            else position[x] = dims++;
        }
        int nOut = dims;
        for (int[] l : labels) for (int x : l) if (x != ELLIPSIS && position[x] < 0) position[x] = dims++;
        List<Tensor> aligned = new ArrayList<>();
        for (int i = 0; i < nOps; i++) aligned.add(align(operands.get(i), labels.get(i), i, position, dims, ellStart, ellDims));
        long[] sizes = new long[dims];
        Arrays.fill(sizes, 1);
        int[] label = new int[dims];
        for (int x = 0; x < 52; x++) if (position[x] >= 0) label[position[x]] = x;
        for (int i = 0; i < nOps; i++)
            for (int d = 0; d < dims; d++) {
                long sz = aligned.get(i).shape[d];
                if (sz != 1) {
                    if (sizes[d] != 1 && sizes[d] != sz) {
                        boolean ell = d >= ellStart && d < ellStart + ellDims;
                        throw new IllegalArgumentException("einsum(): " + (ell ? "operands do not broadcast with remapped shapes (original->remapped)"
                                : "subscript " + letter(label[d]) + " has size " + sz + " for operand " + i
                                + " which does not broadcast with previously seen size " + sizes[d]));
                    }
                    sizes[d] = sz;
                }
            }
        // a contracted dim is summed once no later operand has it; ellipsis dims left out of an explicit output likewise
        int[] lastUse = new int[dims];
        for (int i = 0; i < nOps; i++) for (int d = 0; d < dims; d++) if (aligned.get(i).shape[d] != 1) lastUse[d] = i;
        boolean[] output = new boolean[dims];
        for (int d = 0; d < nOut; d++) output[d] = !(d >= ellStart && d < ellStart + ellDims) || ellipsisKept;
        Tensor result = aligned.get(0);
        if (nOps == 1) {
            // a lone operand: its output dims come first already, so summing the rest (keepdim false) leaves the output
            long[] sum = summed(output, dims);
            if (sum.length > 0) return result.sum(sum, false);
        }
        for (int i = 1; i < nOps; i++) {
            boolean[] sumNow = new boolean[dims];
            for (int d = 0; d < dims; d++) sumNow[d] = !output[d] && lastUse[d] <= i;
            result = sumproductPair(result, aligned.get(i), sumNow);
        }
        List<Long> outShape = new ArrayList<>();
        for (int d = 0; d < nOut; d++) if (output[d]) outShape.add(result.shape[d]);
        long[] shape = outShape.stream().mapToLong(Long::longValue).toArray();
        return Arrays.equals(result.shape, shape) ? result : result.view(shape);
    }

    /** The dims of a lone operand that are not output dims. */
    private static long[] summed(boolean[] output, int dims) {
        List<Long> out = new ArrayList<>();
        for (int d = 0; d < dims; d++) if (!output[d]) out.add((long) d);
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** Subscripts of one term; {@code base} is the term's index in the whole equation (for PyTorch's message). */
    private static int[] parse(String term, int base, int operand) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '.') {
                if (!term.startsWith("...", i) || out.contains(ELLIPSIS))
                    throw new IllegalArgumentException("einsum(): found '.' for " + (operand >= 0 ? "operand " + operand : "output")
                            + " that is not part of any ellipsis");
                out.add(ELLIPSIS);
                i += 2;
            } else if (c >= 'A' && c <= 'Z') out.add(c - 'A');
            else if (c >= 'a' && c <= 'z') out.add(26 + c - 'a');
            else throw new IllegalArgumentException("einsum(): invalid subscript given at index " + (base + i)
                        + " in the equation string, subscripts must be in [a-zA-Z]");
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static char letter(int x) { return (char) (x < 26 ? 'A' + x : 'a' + x - 26); }

    /** One operand: diagonals for repeated subscripts, then permuted and unsqueezed into the common order. */
    private static Tensor align(Tensor op, int[] l, int index, int[] position, int dims, int ellStart, int ellDims) {
        // target position of each of op's dims (the ellipsis dims right-aligned in the ellipsis block)
        List<Integer> target = new ArrayList<>();
        int opEll = op.dim() - (l.length - (Arrays.stream(l).anyMatch(x -> x == ELLIPSIS) ? 1 : 0));
        for (int x : l) {
            if (x == ELLIPSIS) for (int e = 0; e < opEll; e++) target.add(ellStart + ellDims - opEll + e);
            else target.add(position[x]);
        }
        Tensor t = op;
        // repeated subscripts: PyTorch's diagonal over each pair (the diagonal moves to the end)
        for (int i = 0; i < target.size(); i++)
            for (int j = i + 1; j < target.size(); j++)
                if (target.get(i).equals(target.get(j))) {
                    if (t.shape[i] != t.shape[j])
                        throw new IllegalArgumentException("einsum(): subscript " + letter(labelAt(l, i, opEll)) + " is repeated for operand " + index
                                + " but the sizes don't match, " + t.shape[j] + " != " + t.shape[i]);
                    t = Diagonal.diagonal(t, i, j);
                    int tgt = target.get(i);
                    target.remove(j);
                    target.remove(i);
                    target.add(tgt);
                    i = -1;
                    break;
                }
        long[] perm = new long[t.dim()];
        Integer[] order = new Integer[t.dim()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        final List<Integer> tg = target;
        Arrays.sort(order, (a, b) -> Integer.compare(tg.get(a), tg.get(b)));
        long[] shape = new long[dims];
        Arrays.fill(shape, 1);
        for (int i = 0; i < order.length; i++) {
            perm[i] = order[i];
            shape[tg.get(order[i])] = t.shape[order[i]];
        }
        boolean identity = true;
        for (int i = 0; i < perm.length; i++) identity &= perm[i] == i;
        if (!identity) t = t.permute(perm);
        return t.dim() == dims ? t : t.reshape(shape);
    }

    private static int labelAt(int[] l, int dim, int opEll) {
        int d = 0;
        for (int x : l) {
            if (x == ELLIPSIS) { d += opEll; continue; }
            if (d++ == dim) return x;
        }
        return 0;
    }

    /**
     * ATen's sumproduct_pair: left·right summed over {@code sum} dims (both of full rank). With
     * nothing to sum it is a plain (broadcasting) product; else dims are sorted into batch
     * (both have them), left-only, summed and right-only, and one bmm does the work.
     */
    static Tensor sumproductPair(Tensor left, Tensor right, boolean[] sum) {
        int dims = left.dim();
        boolean any = false;
        for (boolean s : sum) any |= s;
        if (!any) return left.mul(right);
        List<Long> batch = new ArrayList<>(), lo = new ArrayList<>(), ro = new ArrayList<>(), sm = new ArrayList<>(), rest = new ArrayList<>();
        long bSize = 1, loSize = 1, roSize = 1, sSize = 1;
        Tensor l = left, r = right;
        for (int d = 0; d < dims; d++) {
            long ls = l.shape[d], rs = r.shape[d];
            if (sum[d]) {
                if (ls != 1 && rs != 1) { sm.add((long) d); sSize *= ls; }
                else if (ls != 1) { l = l.sum(new long[]{d}, true); rest.add((long) d); }
                else if (rs != 1) { r = r.sum(new long[]{d}, true); rest.add((long) d); }
                else rest.add((long) d);
            } else if (ls != 1 && rs != 1) { batch.add((long) d); bSize *= ls; }
            else if (ls != 1) { lo.add((long) d); loSize *= ls; }
            else if (rs != 1) { ro.add((long) d); roSize *= rs; }
            else rest.add((long) d);
        }
        Tensor l3 = l.permute(concat(batch, lo, sm, ro, rest)).reshape(bSize, loSize, sSize);
        Tensor r3 = r.permute(concat(batch, sm, ro, lo, rest)).reshape(bSize, sSize, roSize);
        Tensor out = l3.bmm(r3);
        List<Long> outShape = new ArrayList<>();
        for (long d : batch) outShape.add(l.shape[(int) d]);
        for (long d : lo) outShape.add(l.shape[(int) d]);
        for (long d : ro) outShape.add(r.shape[(int) d]);
        for (int i = 0; i < sm.size() + rest.size(); i++) outShape.add(1L);
        out = out.view(outShape.stream().mapToLong(Long::longValue).toArray());
        return out.permute(ViewGrad.inverse(concat(batch, lo, ro, sm, rest), dims));
    }

    @SafeVarargs
    private static long[] concat(List<Long>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).mapToLong(Long::longValue).toArray();
    }
}
