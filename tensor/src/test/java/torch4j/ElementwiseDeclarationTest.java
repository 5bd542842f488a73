package torch4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import torch4j.backend.ChunkKernels;
import torch4j.backend.ElementwiseOp;
import torch4j.backend.TernaryOp;

/**
 * Every elementwise op is declared with a C expression for generated (CUDA) kernels: found by
 * reflection over the declaration holders (static fields, and static factories called with sample
 * parameters), so an op added without an expression fails here. Each expression must parse as the
 * C subset, name only its operands, its declared scalars (all of them), C math functions and the
 * helpers of {@link ElementwiseOp#PRELUDE}; and in the double domain it must give what the op's
 * CPU kernel gives on sample values (the helpers evaluated by Java models of the prelude).
 */
class ElementwiseDeclarationTest {
    private static final List<Class<?>> HOLDERS = List.of(UnaryOps.class, BinaryOps.class, NnActivations.class, NnActivationOps.class,
            TernaryOp.class, MathUnaryOps.class, MathBinaryOps.class);

    private static final Set<String> C_FUNCTIONS = Set.of("sqrt", "rsqrt", "exp", "expm1", "log", "log2", "log10", "log1p",
            "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "erf", "fabs", "fmod", "pow",
            "floor", "ceil", "rint", "trunc", "fmax", "fmin", "copysign",
            "acosh", "asinh", "atanh", "exp2", "erfc", "erfinv", "lgamma", "hypot", "nextafter", "cyl_bessel_i1");
    private static final Set<String> CONSTANTS = Set.of("NAN", "INFINITY");

    /** Java models of the C functions and prelude helpers, in the double domain. */
    private static final Map<String, Function<double[], Double>> MODELS = new HashMap<>();
    static {
        MODELS.put("sqrt", v -> Math.sqrt(v[0]));
        MODELS.put("rsqrt", v -> 1 / Math.sqrt(v[0]));
        MODELS.put("exp", v -> Math.exp(v[0]));
        MODELS.put("expm1", v -> Math.expm1(v[0]));
        MODELS.put("log", v -> Math.log(v[0]));
        MODELS.put("log2", v -> Math.log(v[0]) / Math.log(2));
        MODELS.put("log10", v -> Math.log10(v[0]));
        MODELS.put("log1p", v -> Math.log1p(v[0]));
        MODELS.put("sin", v -> Math.sin(v[0]));
        MODELS.put("cos", v -> Math.cos(v[0]));
        MODELS.put("tan", v -> Math.tan(v[0]));
        MODELS.put("asin", v -> Math.asin(v[0]));
        MODELS.put("acos", v -> Math.acos(v[0]));
        MODELS.put("atan", v -> Math.atan(v[0]));
        MODELS.put("atan2", v -> Math.atan2(v[0], v[1]));
        MODELS.put("sinh", v -> Math.sinh(v[0]));
        MODELS.put("cosh", v -> Math.cosh(v[0]));
        MODELS.put("tanh", v -> Math.tanh(v[0]));
        MODELS.put("erf", v -> NnActivations.erf(v[0]));
        MODELS.put("t4j_abs", v -> Math.abs(v[0]));
        MODELS.put("acosh", v -> SpecialFunctions.acosh(v[0]));
        MODELS.put("asinh", v -> SpecialFunctions.asinh(v[0]));
        MODELS.put("atanh", v -> SpecialFunctions.atanh(v[0]));
        MODELS.put("exp2", v -> Math.pow(2, v[0]));
        MODELS.put("erfc", v -> SpecialFunctions.erfc(v[0]));
        MODELS.put("erfinv", v -> SpecialFunctions.erfinv(v[0]));
        MODELS.put("lgamma", v -> SpecialFunctions.lgamma(v[0]));
        MODELS.put("hypot", v -> Math.hypot(v[0], v[1]));
        MODELS.put("nextafter", v -> Math.nextAfter(v[0], v[1]));
        MODELS.put("copysign", v -> Math.copySign(v[0], v[1]));
        MODELS.put("cyl_bessel_i1", v -> SpecialFunctions.i1(v[0]));
        MODELS.put("t4j_i0", v -> SpecialFunctions.i0(v[0]));
        MODELS.put("t4j_digamma", v -> SpecialFunctions.digamma(v[0]));
        MODELS.put("t4j_polygamma", v -> SpecialFunctions.polygamma((long) v[0], v[1]));
        MODELS.put("t4j_signbit", v -> Double.doubleToRawLongBits(v[0]) < 0 ? 1.0 : 0.0);
        MODELS.put("t4j_frexp_exponent", v -> (double) MathUnaryOps.frexpExponent(v[0]));
        MODELS.put("t4j_frexp_mantissa", v -> Math.scalb(v[0], -MathUnaryOps.frexpExponent(v[0])));
        MODELS.put("t4j_gcd", v -> (double) MathBinaryOps.gcd((long) v[0], (long) v[1]));
        MODELS.put("t4j_lcm", v -> (double) MathBinaryOps.lcm((long) v[0], (long) v[1], (long) v[2]));
        MODELS.put("t4j_floor", v -> Math.floor(v[0]));
        MODELS.put("t4j_ceil", v -> Math.ceil(v[0]));
        MODELS.put("t4j_rint", v -> Math.rint(v[0]));
        MODELS.put("t4j_trunc", v -> v[0] < 0 ? Math.ceil(v[0]) : Math.floor(v[0]));
        MODELS.put("t4j_floordiv", v -> BinaryOps.floorDivide(v[0], v[1]));
        MODELS.put("t4j_mod", v -> { double r = v[0] % v[1]; return r != 0 && (r < 0) != (v[1] < 0) ? r + v[1] : r; });
        MODELS.put("t4j_fmod", v -> v[0] % v[1]);
        // C's pow: pow(1, y) = 1 for any y, pow(-1, ±inf) = 1
        MODELS.put("t4j_pow", v -> v[0] == 1 || (v[0] == -1 && Double.isInfinite(v[1])) ? 1 : Math.pow(v[0], v[1]));
        MODELS.put("t4j_maximum", v -> Double.isNaN(v[0]) || Double.isNaN(v[1]) ? Double.NaN : Math.max(v[0], v[1]));
        MODELS.put("t4j_minimum", v -> Double.isNaN(v[0]) || Double.isNaN(v[1]) ? Double.NaN : Math.min(v[0], v[1]));
    }

    private static final double[] SAMPLES = {-7.5, -2, -1, -0.5, -0.0, 0.0, 0.3, 0.5, 1, 2, 3.25, 10, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    /** Sample parameter values for the factories: each is called once per value, for every parameter. */
    private static final double[] PARAMETERS = {2, 0.5, -0.5, -1, 3, 0, Double.NaN};

    /** Every declared op, named by where it was found. */
    static Map<String, ElementwiseOp> declaredOps() throws ReflectiveOperationException {
        Map<String, ElementwiseOp> ops = new LinkedHashMap<>();
        for (Class<?> holder : HOLDERS) {
            for (Field f : holder.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || !ElementwiseOp.class.isAssignableFrom(f.getType())) continue;
                f.setAccessible(true);
                ops.put(holder.getSimpleName() + "." + f.getName(), (ElementwiseOp) f.get(null));
            }
            for (Method m : holder.getDeclaredMethods()) {
                if (!Modifier.isStatic(m.getModifiers()) || !ElementwiseOp.class.isAssignableFrom(m.getReturnType())) continue;
                Class<?>[] params = m.getParameterTypes();
                // wrappers of a declared op, and the helper that builds the fields, are covered through what they return
                if (List.of(params).stream().anyMatch(p -> ElementwiseOp.class.isAssignableFrom(p) || p.getEnclosingClass() == ChunkKernels.class))
                    continue;
                m.setAccessible(true);
                for (double v : PARAMETERS) {
                    Object[] args = new Object[params.length];
                    for (int i = 0; i < params.length; i++) {
                        if (params[i] == double.class) args[i] = v;
                        else if (params[i] == long.class) args[i] = (long) v;
                        else if (params[i] == boolean.class) args[i] = v > 0;
                        else fail(m + ": a declaration factory may take numbers and flags only");
                    }
                    ops.put(holder.getSimpleName() + "." + m.getName() + java.util.Arrays.toString(args), (ElementwiseOp) m.invoke(null, args));
                }
            }
        }
        return ops;
    }

    private static Set<String> preludeFunctions() {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\b(t4j_\\w+)\\s*\\(").matcher(ElementwiseOp.PRELUDE);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    @Test
    void everyDeclaredOpHasAnExpressionNamingOnlyItsOperandsAndScalars() throws ReflectiveOperationException {
        Map<String, ElementwiseOp> ops = declaredOps();
        assertTrue(ops.size() > 80, "found " + ops.size() + " declarations");
        Set<String> prelude = preludeFunctions();
        List<String> problems = new ArrayList<>();
        for (var e : ops.entrySet()) {
            ElementwiseOp op = e.getValue();
            String where = e.getKey() + " (" + op.name() + "): ";
            String x = op.expression();
            if (x == null || x.isBlank()) { problems.add(where + "no expression"); continue; }
            ElementwiseExpr parsed;
            try {
                parsed = ElementwiseExpr.parse(x, new ElementwiseExpr.Node[1]);
            } catch (IllegalArgumentException ex) {
                problems.add(where + "does not parse: " + ex.getMessage());
                continue;
            }
            for (String v : parsed.values)
                if (!op.operands().contains(v) && !op.scalars().containsKey(v) && !CONSTANTS.contains(v))
                    problems.add(where + "names '" + v + "', neither an operand nor a declared scalar");
            for (String c : parsed.calls)
                if (!C_FUNCTIONS.contains(c) && !prelude.contains(c)) problems.add(where + "calls unknown function " + c);
            for (String s : op.scalars().keySet())
                if (!parsed.values.contains(s)) problems.add(where + "declares scalar " + s + " but does not use it");
            for (String o : op.operands())
                if (!parsed.values.contains(o)) problems.add(where + "does not read operand " + o);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void expressionsGiveTheDoubleKernelsValues() throws ReflectiveOperationException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (var e : declaredOps().entrySet()) {
            ElementwiseOp op = e.getValue();
            ElementwiseExpr.Node[] root = new ElementwiseExpr.Node[1];
            ElementwiseExpr.parse(op.expression(), root);
            int n = SAMPLES.length;
            if (op instanceof ElementwiseOp.UnaryOp u) {
                double[] out = new double[n];
                u.dbl().apply(SAMPLES.clone(), out, n);
                for (int i = 0; i < n; i++) {
                    double xi = SAMPLES[i];
                    double got = root[0].eval(name -> name.equals("x") ? xi : value(op, name), MODELS);
                    if (!same(out[i], got)) problems.add(e.getKey() + " at x=" + xi + ": kernel " + out[i] + ", expression " + got);
                }
                checked++;
            } else if (op instanceof ElementwiseOp.BinaryOp b) {
                double[] as = new double[n * n], bs = new double[n * n], out = new double[n * n];
                for (int i = 0; i < n * n; i++) { as[i] = SAMPLES[i / n]; bs[i] = SAMPLES[i % n]; }
                b.dbl().apply(as.clone(), bs.clone(), out, n * n);
                for (int i = 0; i < n * n; i++) {
                    double ai = as[i], bi = bs[i];
                    double got = root[0].eval(name -> name.equals("a") ? ai : name.equals("b") ? bi : value(op, name), MODELS);
                    if (!same(out[i], got)) problems.add(e.getKey() + " at a=" + ai + ", b=" + bi + ": kernel " + out[i] + ", expression " + got);
                }
                checked++;
            }
        }
        assertTrue(checked > 80, "checked " + checked);
        assertEquals(List.of(), problems.size() > 20 ? problems.subList(0, 20) : problems);
    }

    private static double value(ElementwiseOp op, String name) {
        if (name.equals("NAN")) return Double.NaN;
        if (name.equals("INFINITY")) return Double.POSITIVE_INFINITY;
        Number v = op.scalars().get(name);
        if (v == null) throw new IllegalArgumentException("unknown name " + name);
        return v.doubleValue();
    }

    /** Equal values (−0 equals +0: the kernels' zero signs are golden-tested on tensors), both NaN, or within rounding. */
    private static boolean same(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.isNaN(a) && Double.isNaN(b);
        return a == b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
    }

    @Test
    void ternaryOpsParseAndNameTheirOperands() {
        for (TernaryOp op : List.of(TernaryOp.WHERE, TernaryOp.ADDCMUL, TernaryOp.ADDCDIV, TernaryOp.LERP)) {
            ElementwiseExpr p = ElementwiseExpr.parse(op.expression(), new ElementwiseExpr.Node[1]);
            assertTrue(p.values.containsAll(op.operands()), op.name());
            assertEquals(new TreeSet<>(op.scalarNames()), new TreeSet<>(p.values.stream().filter(v -> !op.operands().contains(v)).toList()));
        }
    }

    @Test
    void theCheckerRejectsBrokenExpressions() {
        for (String bad : List.of("a + (b", "a +", "a = b", "x; y", "a ? b", "f(a,", "a b"))
            assertThrowsParse(bad);
        assertFalse(preludeFunctions().isEmpty());
    }

    private static void assertThrowsParse(String bad) {
        try {
            ElementwiseExpr.parse(bad, new ElementwiseExpr.Node[1]);
            fail("parsed: " + bad);
        } catch (IllegalArgumentException expected) {
            // the syntax check refused it
        }
    }
}
