package torch4j.session;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.tools.Diagnostic;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs a whole {@code .jsh} script after one javac compile, where JShell compiles it snippet by
 * snippet (a javac round trip per statement, two for an expression: 28-31 ms each on a cold JVM).
 * The script becomes one compilation unit ({@link ScriptUnit}), compiled in memory against the
 * session's class path, loaded with {@code System.exit} rewritten as JShell's snippets have it
 * ({@link SessionExecutionControl#rewrite}) and run in this JVM with the session's streams and
 * display. The script's variables are the statements' locals; where its methods, classes or
 * lambdas use them (JShell's variables are static fields), javac's errors say which, and a
 * second compile makes those fields, typed as javac attributed them. When the script cannot be
 * one unit, or the unit still does not compile (a genuine error, or a script that only JShell's
 * rules accept: a variable declared twice, a statement using a method declared after it), nothing
 * has run yet and {@link #compile} says so: the caller runs the script in JShell, which reports
 * any error exactly as it always has.
 *
 * <pre>
 * var chunks = session.split(code);
 * var compiled = ScriptCompiler.compile(session, "File \"lesson.jsh\"", code, chunks);
 * EvalError error = compiled.isPresent() ? compiled.get().run(args) : ...JShell...;   // null: ran to the end
 * </pre>
 */
public final class ScriptCompiler {
    private ScriptCompiler() {}

    /** One compiled script, ready to run once. */
    public static final class Compiled {
        private final Session session;
        private final SourceMap.Origin origin;
        private final ScriptUnit unit;
        private final Class<?> main;

        private Compiled(Session session, SourceMap.Origin origin, ScriptUnit unit, Class<?> main) {
            this.session = session;
            this.origin = origin;
            this.unit = unit;
            this.main = main;
        }

        /**
         * Runs the script's statements in order with {@code args} as its {@code args}; returns null
         * when it ran to the end, else why it stopped (an exception, as {@link Session#eval} reports
         * one, with the script's lines; or {@code System.exit}, kind {@code "exit"}).
         */
        public EvalError run(String[] args) {
            SessionOptions o = session.options();
            Prelude.active = session;
            SessionStreams.route(o.out(), o.err(), o.in());
            try {
                Method run = main.getDeclaredMethod(ScriptUnit.RUN, String[].class);
                run.setAccessible(true);
                run.invoke(null, (Object) args);
                return null;
            } catch (InvocationTargetException e) {
                return ScriptErrors.of(e.getCause(), unit, origin);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the compiled script has no " + ScriptUnit.RUN, e);
            } finally {
                ScriptSupport.statementEnd();
                System.out.flush();
                System.err.flush();
            }
        }
    }

    /**
     * Compiles the script {@code code} (named {@code origin} in errors, e.g. {@code File "lesson.jsh"}),
     * split into {@code chunks} by {@link Session#split}; empty when it must run in JShell instead.
     */
    public static Optional<Compiled> compile(Session session, String origin, String code, List<Session.Chunk> chunks) {
        return compile(session, origin, code, chunks, why -> { });
    }

    /** {@link #compile(Session, String, String, List)}, telling {@code whyNot} why the script must run in JShell. */
    public static Optional<Compiled> compile(Session session, String origin, String code, List<Session.Chunk> chunks,
                                             Consumer<String> whyNot) {
        List<String> imports = new ArrayList<>(), helpers = new ArrayList<>();
        for (String s : Prelude.snippets(Session.class.getClassLoader())) (s.startsWith("import ") ? imports : helpers).add(s);
        ScriptUnit unit = ScriptUnit.translate(code, chunks, imports, helpers, Map.of());
        if (unit == null) {
            whyNot.accept("it uses a name declared later, an import after code, anomaly mode or saveCode");
            return Optional.empty();
        }
        Attempt a = javac(unit);
        if (a.classes() == null) {
            // JShell's variables are static fields, which the script's methods, classes and lambdas can
            // use: where javac says they cannot, those variables become fields (typed as javac found them)
            Map<String, String> fields = fields(unit, a);
            ScriptUnit second = fields == null ? null : ScriptUnit.translate(code, chunks, imports, helpers, fields);
            if (second != null) {
                unit = second;
                a = javac(unit);
            }
        }
        if (a.classes() == null) {
            ScriptUnit u = unit;
            a.errors().stream().findFirst().ifPresent(d -> whyNot.accept("line " + u.scriptLine((int) d.getLineNumber()) + ": " + d.getMessage(null)));
            return Optional.empty();
        }
        try {
            Class<?> main = new ScriptLoader(a.classes()).loadClass(ScriptUnit.PACKAGE + "." + ScriptUnit.CLASS);
            return Optional.of(new Compiled(session, SourceMap.Origin.of(origin, code), unit, main));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * What one javac run gave: the class files by binary name (null when it failed), its errors,
     * and the types of the top-level variables as it attributed them.
     */
    record Attempt(Map<String, byte[]> classes, List<Diagnostic<? extends JavaFileObject>> errors, Map<String, String> types) {}

    /** The errors javac found because the script's variables are locals ({@code Attempt#errors}). */
    private static final Set<String> LOCAL_ONLY = Set.of("compiler.err.cant.resolve.location", "compiler.err.cant.resolve",
            "compiler.err.cant.ref.non.effectively.final.var");

    /**
     * The variables that must be fields for the unit to compile, with their types; null when some
     * error is not of that kind (a genuine one, or a variable whose type cannot be written).
     */
    static Map<String, String> fields(ScriptUnit unit, Attempt a) {
        Map<String, String> out = new TreeMap<>();
        for (Diagnostic<? extends JavaFileObject> d : a.errors()) {
            if (!LOCAL_ONLY.contains(d.getCode())) return null;
            int pos = (int) d.getPosition();
            int end = pos;
            while (end < unit.text.length() && Character.isJavaIdentifierPart(unit.text.charAt(end))) end++;
            String name = pos < 0 ? "" : unit.text.substring(pos, end);
            // an unknown name in a statement is an error in JShell too (a variable used before its declaration)
            boolean inDeclaration = unit.kindAt((int) d.getLineNumber()) == ScriptUnit.Kind.METHOD
                    || unit.kindAt((int) d.getLineNumber()) == ScriptUnit.Kind.TYPE;
            if (!d.getCode().endsWith("effectively.final.var") && !inDeclaration) return null;
            String type = a.types().get(name);
            if (type == null) return null;
            out.put(name, type);
        }
        return out.isEmpty() ? null : out;
    }

    /** Compiles {@code unit} in memory (warnings are dropped, as JShell drops them for scripts). */
    static Attempt javac(ScriptUnit unit) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) return new Attempt(null, List.of(), Map.of());
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, byte[]> out = new HashMap<>();
        StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null);
        var memory = new ForwardingJavaFileManager<>(files) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return new ByteArrayOutputStream() {
                            @Override public void close() { out.put(className, toByteArray()); }
                        };
                    }
                };
            }
        };
        String source = unit.text;
        JavaFileObject file = new SimpleJavaFileObject(URI.create("mem:///" + ScriptUnit.PACKAGE + "/" + ScriptUnit.CLASS + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) { return source; }
        };
        List<String> options = List.of("-proc:none", "-implicit:none", "-Xlint:none", "-nowarn",
                "-classpath", System.getProperty("java.class.path"));
        JavacTask task = (JavacTask) javac.getTask(new StringWriter(), memory, diagnostics, options, null, List.of(file));
        try {
            Iterable<? extends CompilationUnitTree> trees = task.parse();
            task.analyze();
            List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
            if (!errors.isEmpty()) return new Attempt(null, errors, variableTypes(task, trees, unit.variables));
            task.generate();
            return new Attempt(out, List.of(), Map.of());
        } catch (IOException | RuntimeException e) {
            return new Attempt(null, List.of(), Map.of());
        }
    }

    /** The types javac gave the statements' top-level variables named in {@code names}, where they can be written in source. */
    private static Map<String, String> variableTypes(JavacTask task, Iterable<? extends CompilationUnitTree> units, Set<String> names) {
        Map<String, String> out = new HashMap<>();
        Trees trees = Trees.instance(task);
        for (CompilationUnitTree cu : units) {
            for (Tree type : cu.getTypeDecls()) {
                if (!(type instanceof ClassTree c)) continue;
                for (Tree member : c.getMembers()) {
                    if (!(member instanceof MethodTree m) || !m.getName().contentEquals(ScriptUnit.RUN) || m.getBody() == null) continue;
                    for (StatementTree st : m.getBody().getStatements()) {
                        if (!(st instanceof VariableTree v) || !names.contains(v.getName().toString())) continue;
                        Element e = trees.getElement(trees.getPath(cu, v));
                        TypeMirror t = e == null ? null : e.asType();
                        if (t != null && writable(t)) out.put(v.getName().toString(), t.toString());
                    }
                }
            }
        }
        return out;
    }

    /** Whether {@code t} prints as source javac reads back (not an error type, a capture, an intersection or an anonymous class). */
    private static boolean writable(TypeMirror t) {
        if (t.getKind() == TypeKind.ERROR || t.getKind() == TypeKind.INTERSECTION || t.getKind() == TypeKind.UNION
                || t.getKind() == TypeKind.NULL || t.getKind() == TypeKind.NONE) return false;
        String s = t.toString();
        return !s.contains("capture#") && !s.contains("<anonymous") && !s.contains("<any>") && !s.contains("&");
    }

    /** Loads the script's classes (System.exit rewritten, as in JShell's) over the session's class loader. */
    private static final class ScriptLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        ScriptLoader(Map<String, byte[]> classes) {
            super("torch4j-script", Session.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) throw new ClassNotFoundException(name);
            byte[] rewritten = SessionExecutionControl.rewrite(bytes);
            return defineClass(name, rewritten, 0, rewritten.length);
        }
    }
}
