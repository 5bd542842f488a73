package torch4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The linear algebra ops (the addmm family, trace, inner, ger, vdot, kron, cross, einsum,
 * tensordot, cdist, chain_matmul, multi_dot, the decompositions and torch.linalg's norms)
 * against PyTorch 1.13's own results from {@code golden/linalg/gen_linalg.py}: values (float32
 * within 1e-4 relative, float64 within 1e-9 plus a small absolute slack for entries that cancel),
 * dtypes, shapes, grad_fn names, error types and messages, and, for float64 cases with inputs
 * that require grad, the gradients of Σ⟨out_i, w_i⟩ entry by entry (the backward formulas, not
 * only their consistency). Signs of Q, R, U, V and eigenvectors are compared as they come:
 * OpenBLAS's LAPACK and the one PyTorch was built with agree on them for these inputs.
 */
class LinalgGoldenTest {
    private static JsonObject root;

    static synchronized JsonObject root() {
        if (root == null) root = GoldenJson.load("/golden/linalg/linalg.json");
        return root;
    }

    static Tensor tensor(JsonObject spec) {
        DType dtype = DType.of(spec.get("dtype").getAsString());
        JsonArray data = spec.getAsJsonArray("data");
        long[] shape = GoldenJson.longs(spec.getAsJsonArray("shape"));
        Tensor t = dtype.isFloatingPoint()
                ? Torch.tensor(GoldenJson.doubles(data), DType.FLOAT64).to(dtype)
                : Torch.tensor(GoldenJson.longs(data), DType.INT64).to(dtype);
        t = t.reshape(shape);
        return spec.get("grad").getAsBoolean() ? t.requiresGrad_() : t;
    }

    /** The case's arguments: tensors, lists of tensors, numbers, strings, int lists. */
    static List<Object> args(JsonObject c) {
        List<Object> out = new ArrayList<>();
        for (JsonElement e : c.getAsJsonArray("args")) {
            JsonObject a = e.getAsJsonObject();
            if (a.has("tensor")) out.add(tensor(a.getAsJsonObject("tensor")));
            else if (a.has("tensors")) {
                List<Tensor> ts = new ArrayList<>();
                for (JsonElement t : a.getAsJsonArray("tensors")) ts.add(tensor(t.getAsJsonObject()));
                out.add(ts);
            } else {
                JsonElement v = a.get("value");
                if (v.isJsonArray()) out.add(GoldenJson.longs(v.getAsJsonArray()));
                else if (v.getAsJsonPrimitive().isString())
                    out.add(List.of("inf", "-inf", "nan").contains(v.getAsString()) ? (Object) GoldenJson.parseFloat(v) : v.getAsString());
                else if (v.getAsJsonPrimitive().isBoolean()) out.add(v.getAsBoolean());
                else out.add(GoldenJson.parseFloat(v));
            }
        }
        return out;
    }

    static Tensor t(List<Object> a, int i) { return (Tensor) a.get(i); }

    static double d(List<Object> a, int i) { return (Double) a.get(i); }

    @SuppressWarnings("unchecked")
    static List<Tensor> ts(List<Object> a, int i) { return (List<Tensor>) a.get(i); }

    static List<Tensor> list(Tensor... ts) { return List.of(ts); }

    /** The torch4j call for each op name of the generator (method spelling where PyTorch has one). */
    static List<Tensor> run(String op, List<Object> a) {
        Linalg la = Torch.linalg();
        return switch (op) {
            case "addmm" -> list(a.size() == 3 ? t(a, 0).addmm(t(a, 1), t(a, 2)) : t(a, 0).addmm(t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "addmm_" -> list(t(a, 0).mul(1L).addmm_(t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "addbmm" -> list(t(a, 0).addbmm(t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "addbmm_" -> list(t(a, 0).clone().addbmm_(t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "baddbmm" -> list(t(a, 0).baddbmm(t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "baddbmm_" -> list(t(a, 0).clone().baddbmm_(t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "addmv" -> list(t(a, 0).addmv(t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "addmv_" -> list(t(a, 0).clone().addmv_(t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "addr" -> list(t(a, 0).addr(t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "addr_" -> list(t(a, 0).clone().addr_(t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "trace" -> list(t(a, 0).trace());
            case "inner" -> list(t(a, 0).inner(t(a, 1)));
            case "ger" -> list(t(a, 0).ger(t(a, 1)));
            case "vdot" -> list(t(a, 0).vdot(t(a, 1)));
            case "kron" -> list(t(a, 0).kron(t(a, 1)));
            case "cross" -> list(a.size() == 2 ? t(a, 0).cross(t(a, 1)) : t(a, 0).cross(t(a, 1), (long) d(a, 2)));
            case "linalg.cross" -> list(la.cross(t(a, 0), t(a, 1)));
            case "einsum" -> list(Torch.einsum((String) a.get(0), a.subList(1, a.size()).stream().map(x -> (Tensor) x).toList()));
            case "tensordot" -> list(Torch.tensordot(t(a, 0), t(a, 1), (long) d(a, 2)));
            case "tensordot2" -> list(Torch.tensordot(t(a, 0), t(a, 1), (long[]) a.get(2), (long[]) a.get(3)));
            case "cdist" -> list(Torch.cdist(t(a, 0), t(a, 1)));
            case "cdist_p" -> list(Torch.cdist(t(a, 0), t(a, 1), d(a, 2)));
            case "chain_matmul" -> list(Torch.chainMatmul(ts(a, 0).toArray(Tensor[]::new)));
            case "linalg.multi_dot" -> list(la.multiDot(ts(a, 0)));
            case "det" -> list(t(a, 0).det());
            case "linalg.det" -> list(la.det(t(a, 0)));
            case "logdet" -> list(t(a, 0).logdet());
            case "slogdet" -> { var r = t(a, 0).slogdet(); yield list(r.sign(), r.logabsdet()); }
            case "linalg.slogdet" -> { var r = la.slogdet(t(a, 0)); yield list(r.sign(), r.logabsdet()); }
            case "inverse" -> list(t(a, 0).inverse());
            case "linalg.inv" -> list(la.inv(t(a, 0)));
            case "linalg.solve" -> list(la.solve(t(a, 0), t(a, 1)));
            case "cholesky" -> list(t(a, 0).cholesky());
            case "cholesky_upper" -> list(t(a, 0).cholesky((Boolean) a.get(1)));
            case "linalg.cholesky" -> list(la.cholesky(t(a, 0)));
            case "linalg.cholesky_upper" -> list(la.cholesky(t(a, 0), (Boolean) a.get(1)));
            case "qr" -> { var r = t(a, 0).qr(); yield list(r.Q(), r.R()); }
            case "qr_some" -> { var r = t(a, 0).qr((Boolean) a.get(1)); yield list(r.Q(), r.R()); }
            case "linalg.qr" -> { var r = la.qr(t(a, 0)); yield list(r.Q(), r.R()); }
            case "linalg.qr_mode" -> { var r = la.qr(t(a, 0), (String) a.get(1)); yield list(r.Q(), r.R()); }
            case "svd" -> { var r = t(a, 0).svd(); yield list(r.U(), r.S(), r.V()); }
            case "svd_some" -> { var r = t(a, 0).svd((Boolean) a.get(1)); yield list(r.U(), r.S(), r.V()); }
            case "svd_uv" -> { var r = t(a, 0).svd((Boolean) a.get(1), (Boolean) a.get(2)); yield list(r.U(), r.S(), r.V()); }
            case "linalg.svd" -> { var r = la.svd(t(a, 0)); yield list(r.U(), r.S(), r.Vh()); }
            case "linalg.svd_full" -> { var r = la.svd(t(a, 0), (Boolean) a.get(1)); yield list(r.U(), r.S(), r.Vh()); }
            case "linalg.svdvals" -> list(la.svdvals(t(a, 0)));
            case "linalg.eigh" -> { var r = la.eigh(t(a, 0)); yield list(r.eigenvalues(), r.eigenvectors()); }
            case "linalg.eigh_uplo" -> { var r = la.eigh(t(a, 0), (String) a.get(1)); yield list(r.eigenvalues(), r.eigenvectors()); }
            case "linalg.eigvalsh" -> list(la.eigvalsh(t(a, 0)));
            case "pinverse" -> list(t(a, 0).pinverse());
            case "pinverse_rcond" -> list(t(a, 0).pinverse(d(a, 1)));
            case "linalg.pinv" -> list(la.pinv(t(a, 0)));
            case "matrix_power" -> list(t(a, 0).matrixPower((long) d(a, 1)));
            case "linalg.matrix_power" -> list(la.matrixPower(t(a, 0), (long) d(a, 1)));
            case "linalg.norm" -> list(la.norm(t(a, 0)));
            case "linalg.norm_ord" -> list(la.norm(t(a, 0), d(a, 1)));
            case "linalg.norm_str" -> list(la.norm(t(a, 0), (String) a.get(1)));
            case "linalg.norm_dim" -> list(la.norm(t(a, 0), d(a, 1), (long[]) a.get(2), (Boolean) a.get(3)));
            case "linalg.vector_norm" -> list(la.vectorNorm(t(a, 0)));
            case "linalg.vector_norm_ord" -> list(la.vectorNorm(t(a, 0), d(a, 1)));
            case "linalg.vector_norm_dim" -> list(la.vectorNorm(t(a, 0), d(a, 1), (long[]) a.get(2), (Boolean) a.get(3)));
            case "linalg.matrix_norm" -> list(la.matrixNorm(t(a, 0)));
            case "linalg.matrix_norm_ord" -> list(la.matrixNorm(t(a, 0), d(a, 1)));
            case "linalg.matrix_norm_str" -> list(la.matrixNorm(t(a, 0), (String) a.get(1)));
            case "linalg.matrix_norm_dim" -> list(la.matrixNorm(t(a, 0), d(a, 1), (long[]) a.get(2), (Boolean) a.get(3)));
            default -> throw new IllegalArgumentException("no mapping for op " + op);
        };
    }

    /** The function spelling ({@code Torch.x(input, ...)}) of the ops PyTorch has in both spellings; null for the others. */
    static List<Tensor> runTorch(String op, List<Object> a) {
        return switch (op) {
            case "addmm" -> list(a.size() == 3 ? Torch.addmm(t(a, 0), t(a, 1), t(a, 2)) : Torch.addmm(t(a, 0), t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "addbmm" -> list(Torch.addbmm(t(a, 0), t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "baddbmm" -> list(Torch.baddbmm(t(a, 0), t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "addmv" -> list(Torch.addmv(t(a, 0), t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "addmv_" -> list(Torch.addmv_(t(a, 0).clone(), t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "addr" -> list(Torch.addr(t(a, 0), t(a, 1), t(a, 2), d(a, 3), d(a, 4)));
            case "trace" -> list(Torch.trace(t(a, 0)));
            case "inner" -> list(Torch.inner(t(a, 0), t(a, 1)));
            case "ger" -> list(Torch.ger(t(a, 0), t(a, 1)));
            case "vdot" -> list(Torch.vdot(t(a, 0), t(a, 1)));
            case "kron" -> list(Torch.kron(t(a, 0), t(a, 1)));
            case "cross" -> list(a.size() == 2 ? Torch.cross(t(a, 0), t(a, 1)) : Torch.cross(t(a, 0), t(a, 1), (long) d(a, 2)));
            case "det" -> list(Torch.det(t(a, 0)));
            case "logdet" -> list(Torch.logdet(t(a, 0)));
            case "slogdet" -> { var r = Torch.slogdet(t(a, 0)); yield list(r.sign(), r.logabsdet()); }
            case "inverse" -> list(Torch.inverse(t(a, 0)));
            case "cholesky" -> list(Torch.cholesky(t(a, 0)));
            case "cholesky_upper" -> list(Torch.cholesky(t(a, 0), (Boolean) a.get(1)));
            case "qr" -> { var r = Torch.qr(t(a, 0)); yield list(r.Q(), r.R()); }
            case "qr_some" -> { var r = Torch.qr(t(a, 0), (Boolean) a.get(1)); yield list(r.Q(), r.R()); }
            case "svd" -> { var r = Torch.svd(t(a, 0)); yield list(r.U(), r.S(), r.V()); }
            case "svd_some" -> { var r = Torch.svd(t(a, 0), (Boolean) a.get(1)); yield list(r.U(), r.S(), r.V()); }
            case "svd_uv" -> { var r = Torch.svd(t(a, 0), (Boolean) a.get(1), (Boolean) a.get(2)); yield list(r.U(), r.S(), r.V()); }
            case "pinverse" -> list(Torch.pinverse(t(a, 0)));
            case "pinverse_rcond" -> list(Torch.pinverse(t(a, 0), d(a, 1)));
            case "matrix_power" -> list(Torch.matrixPower(t(a, 0), (long) d(a, 1)));
            default -> null;
        };
    }

    /**
     * Cases whose graph ends in a different node than PyTorch's, with why: composite ops where
     * torch4j's decomposition records other (equally correct) nodes. Values and gradients are
     * still compared.
     */
    static final java.util.Set<String> OTHER_NODE = java.util.Set.of(
            // einsum "ii->i": ATen permutes its diagonal into place (PermuteBackward0); here the diagonal is already in place
            "einsum diag",
            // ±1/±2/±inf matrix norms reduce with max(dim) then squeeze (SqueezeBackward1) where ATen uses amax (AmaxBackward0)
            "matrix_norm 1.0", "matrix_norm -1.0", "matrix_norm 2.0", "matrix_norm -2.0", "matrix_norm inf", "matrix_norm -inf");

    /** Both spellings: the method (or torch.linalg's) first, then, for ops PyTorch has as both, the function on fresh inputs. */
    static void check(JsonObject c) {
        check(c, LinalgGoldenTest::run, "");
        if (!TORCH_OPS.contains(c.get("op").getAsString())) return;
        check(c, LinalgGoldenTest::runTorch, " (Torch.)");
    }

    static final java.util.Set<String> TORCH_OPS = java.util.Set.of("addmm", "addbmm", "baddbmm", "addmv", "addmv_", "addr", "trace", "inner",
            "ger", "vdot", "kron", "cross", "det", "logdet", "slogdet", "inverse", "cholesky", "cholesky_upper", "qr", "qr_some", "svd",
            "svd_some", "svd_uv", "pinverse", "pinverse_rcond", "matrix_power");

    static void check(JsonObject c, java.util.function.BiFunction<String, List<Object>, List<Tensor>> runner, String spelling) {
        String op = c.get("op").getAsString(), name = c.get("name").getAsString() + spelling;
        List<Object> a = args(c);
        if (c.has("error")) {
            JsonObject err = c.getAsJsonObject("error");
            Class<? extends RuntimeException> type = err.get("type").getAsString().equals("IndexError")
                    ? IndexOutOfBoundsException.class : IllegalArgumentException.class;
            RuntimeException e = assertThrows(type, () -> runner.apply(op, a), name);
            assertEquals(err.get("msg").getAsString(), e.getMessage(), name + ": message");
            return;
        }
        List<Tensor> got = runner.apply(op, a);
        JsonArray outs = c.getAsJsonArray("out"), fns = c.getAsJsonArray("grad_fn");
        double tol = c.has("tol") ? c.get("tol").getAsDouble() : -1;
        assertEquals(outs.size(), got.size(), name + ": outputs");
        for (int i = 0; i < outs.size(); i++) {
            assertMatches(outs.get(i).getAsJsonObject(), got.get(i), tol, name + " output " + i);
            if (!OTHER_NODE.contains(c.get("name").getAsString())) {
                String want = fns.get(i).isJsonNull() ? null : fns.get(i).getAsString();
                String have = got.get(i).gradFn() == null ? null : got.get(i).gradFn().name();
                if ("torch::autograd::CopyBackwards".equals(have)) have = "CopyBackwards";
                assertEquals(want, have, name + ": grad_fn of output " + i);
            }
        }
        if (c.has("grads")) checkGrads(c, a, got, name);
    }

    /** Gradients of Σ⟨out_i, w_i⟩, w_i = cos(arange(numel)) shaped like out_i, as the generator computed them. */
    static void checkGrads(JsonObject c, List<Object> a, List<Tensor> got, String name) {
        List<Tensor> inputs = new ArrayList<>();
        for (Object o : a) {
            if (o instanceof Tensor t && t.requiresGrad()) inputs.add(t);
            if (o instanceof List<?> l) for (Object x : l) if (((Tensor) x).requiresGrad()) inputs.add((Tensor) x);
        }
        Tensor total = null;
        for (Tensor o : got) {
            if (!o.requiresGrad() || o.numel() == 0) continue;
            Tensor w = Torch.arange(o.numel()).to(DType.FLOAT64).cos().reshape(o.shape().toLongArray());
            Tensor term = o.mul(w).sum();
            total = total == null ? term : total.add(term);
        }
        JsonArray grads = c.getAsJsonArray("grads");
        total.backward();
        for (int i = 0; i < inputs.size(); i++) {
            Tensor g = inputs.get(i).grad() == null ? Torch.zerosLike(inputs.get(i)) : inputs.get(i).grad();
            assertMatches(grads.get(i).getAsJsonObject(), g, 1e-7, name + " grad " + i);
        }
    }

    static void assertMatches(JsonObject want, Tensor got, double tol, String what) {
        DType dtype = DType.of(want.get("dtype").getAsString());
        assertEquals(dtype, got.dtype(), what + ": dtype");
        assertArrayEquals(GoldenJson.longs(want.getAsJsonArray("shape")), got.shape().toLongArray(), what + ": shape");
        JsonArray data = want.getAsJsonArray("data");
        if (!dtype.isFloatingPoint()) {
            assertArrayEquals(GoldenJson.longs(data), got.toLongArray(), what + ": values");
            return;
        }
        double rel = tol > 0 ? tol : dtype == DType.FLOAT32 ? 1e-4 : 1e-9;
        double[] e = GoldenJson.doubles(data), g = got.toDoubleArray();
        assertEquals(e.length, g.length, what + ": length");
        double scale = 0;
        for (double v : e) if (Double.isFinite(v)) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < e.length; i++) {
            boolean ok = Double.isNaN(e[i]) ? Double.isNaN(g[i])
                    : Double.isInfinite(e[i]) ? e[i] == g[i]
                    : Math.abs(g[i] - e[i]) <= rel * Math.abs(e[i]) + rel * scale;
            if (!ok) throw new AssertionError(what + ": element " + i + " expected " + e[i] + " but was " + g[i]);
        }
    }

    /** Errors that depend on the values (a meta tensor has none), so meta may or may not raise them, as in PyTorch. */
    static final List<String> VALUE_ERRORS = List.of("singular", "positive-definite");

    /** {@code args} with every tensor moved to meta (no gradients: meta checks metadata only). */
    static List<Object> onMeta(List<Object> args) {
        List<Object> out = new ArrayList<>();
        for (Object o : args) {
            if (o instanceof Tensor t) out.add(t.detach().to(Device.META));
            else if (o instanceof List<?> l) out.add(l.stream().map(x -> ((Tensor) x).detach().to(Device.META)).toList());
            else out.add(o);
        }
        return out;
    }

    /**
     * The conformance suite on meta: each case with its inputs on the meta device gives the CPU's
     * dtypes and shapes on meta, and PyTorch's error where it does not depend on values.
     */
    @TestFactory
    Stream<DynamicTest> metaConformance() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : root().getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            String op = c.get("op").getAsString();
            tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> {
                List<Object> a = onMeta(args(c));
                if (c.has("error")) {
                    String msg = c.getAsJsonObject("error").get("msg").getAsString();
                    try {
                        run(op, a);
                    } catch (RuntimeException ex) {
                        assertEquals(msg, ex.getMessage(), "error message on meta");
                        return;
                    }
                    assertTrue(VALUE_ERRORS.stream().anyMatch(msg::contains), "PyTorch raises " + msg + " but meta returned");
                    return;
                }
                List<Tensor> got = run(op, a);
                JsonArray outs = c.getAsJsonArray("out");
                for (int i = 0; i < outs.size(); i++) {
                    JsonObject want = outs.get(i).getAsJsonObject();
                    assertEquals(Device.META, got.get(i).device(), "device of output " + i);
                    assertEquals(DType.of(want.get("dtype").getAsString()), got.get(i).dtype(), "dtype of output " + i);
                    assertArrayEquals(GoldenJson.longs(want.getAsJsonArray("shape")), got.get(i).shape().toLongArray(), "shape of output " + i);
                }
            }));
        }
        return tests.stream();
    }

    /** The result tuples print as PyTorch's torch.return_types do (both spellings' names). */
    @TestFactory
    Stream<DynamicTest> printsLikePyTorch() {
        JsonObject reprs = root().getAsJsonObject("reprs");
        JsonArray rows = root().getAsJsonArray("matrix");
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < m.length; i++) m[i] = GoldenJson.doubles(rows.get(i).getAsJsonArray());
        Tensor a = Torch.tensor(m);
        Linalg la = Torch.linalg();
        java.util.Map<String, java.util.function.Supplier<Object>> calls = java.util.Map.of(
                "slogdet", a::slogdet, "linalg.slogdet", () -> la.slogdet(a), "qr", a::qr, "linalg.qr", () -> la.qr(a),
                "svd", a::svd, "linalg.svd", () -> la.svd(a), "linalg.eigh", () -> la.eigh(a));
        return reprs.keySet().stream().map(k -> DynamicTest.dynamicTest(k,
                () -> assertEquals(reprs.get(k).getAsString(), calls.get(k).get().toString())));
    }

    /** The deprecated spellings print PyTorch's UserWarning once (and the ones PyTorch does not deprecate print nothing). */
    @org.junit.jupiter.api.Test
    synchronized void deprecationWarnings() {
        JsonObject warned = root().getAsJsonObject("warnings");
        java.util.Map<String, Runnable> calls = java.util.Map.of("cholesky", () -> Torch.eye(2).cholesky(), "qr", () -> Torch.eye(2).qr(),
                "chain_matmul", () -> Torch.chainMatmul(Torch.eye(2), Torch.eye(2)), "svd", () -> Torch.eye(2).svd(),
                "cross", () -> Torch.ones(3).cross(Torch.ones(3)));
        java.io.PrintStream err = System.err;
        try {
            for (String k : warned.keySet()) {
                var buf = new java.io.ByteArrayOutputStream();
                System.setErr(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
                LinalgWarnings.SHOWN.clear();
                calls.get(k).run();
                calls.get(k).run();
                StringBuilder want = new StringBuilder();
                for (JsonElement m : warned.getAsJsonArray(k)) want.append("UserWarning: ").append(m.getAsString()).append(System.lineSeparator());
                assertEquals(want.toString(), buf.toString(java.nio.charset.StandardCharsets.UTF_8), k);
            }
        } finally {
            System.setErr(err);
        }
    }

    @TestFactory
    Stream<DynamicTest> matchesPyTorch() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : root().getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> check(c)));
        }
        assertTrue(tests.size() > 250, "golden file has all its cases");
        return tests.stream();
    }
}
