package torch4j.session;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's local execution (snippets run in this JVM, so values stay live objects and share the
 * tensors' memory and any CUDA context) with three additions: calls to {@code System.exit},
 * {@code Runtime.exit} and {@code Runtime.halt} in snippet code throw {@link SnippetExit} instead
 * of ending the JVM, the live value of a variable can be read ({@link #liveValue}), and each
 * snippet's run starts with the session's own stop check ({@link SnippetStop}).
 * JDK 25's local execution already weaves stop checks into loops, so {@code stop()} ends a tight
 * loop once it runs; the session's check stops a snippet interrupted before it started to run.
 */
final class SessionExecutionControl extends LocalExecutionControl {
    private static final ClassDesc CD_SYSTEM = ClassDesc.of("java.lang.System");
    private static final ClassDesc CD_RUNTIME = ClassDesc.of("java.lang.Runtime");
    private static final ClassDesc CD_EXIT = ClassDesc.of(SnippetExit.class.getName());
    private static final MethodTypeDesc MTD_INT_VOID = MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_int);
    private static final MethodTypeDesc MTD_RUNTIME_INT_VOID = MethodTypeDesc.of(ConstantDescs.CD_void, CD_RUNTIME, ConstantDescs.CD_int);

    private static final ClassDesc CD_STOP = ClassDesc.of(SnippetStop.class.getName());
    /** JShell's name for the method that runs a snippet's statement or expression. */
    private static final String DO_IT = "do_it$";

    private final BooleanSupplier stopRequested;
    private Object captured;
    private volatile boolean stopped;
    private volatile boolean running;

    SessionExecutionControl(ClassLoader parent, BooleanSupplier stopRequested) {
        super(parent);
        this.stopRequested = stopRequested;
    }

    @Override
    public void load(ClassBytecodes[] cbcs) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.load(Stream.of(cbcs)
                .map(cbc -> new ClassBytecodes(cbc.name(), rewrite(cbc.bytecodes())))
                .toArray(ClassBytecodes[]::new));
    }

    /**
     * Rewrites {@code System.exit(n)}, {@code runtime.exit(n)} and {@code runtime.halt(n)} to
     * {@link SnippetExit#exit}, and starts each snippet's {@code do_it$} with {@link SnippetStop#check}.
     */
    static byte[] rewrite(byte[] classFile) {
        ClassFile cf = ClassFile.of();
        CodeTransform rewrite = (code, element) -> {
            if (element instanceof InvokeInstruction call && call.typeSymbol().equals(MTD_INT_VOID)) {
                ClassDesc owner = call.owner().asSymbol();
                String name = call.name().stringValue();
                if (owner.equals(CD_SYSTEM) && name.equals("exit")) {
                    code.invokestatic(CD_EXIT, "exit", MTD_INT_VOID);
                    return;
                }
                if (owner.equals(CD_RUNTIME) && (name.equals("exit") || name.equals("halt"))) {
                    code.invokestatic(CD_EXIT, "exit", MTD_RUNTIME_INT_VOID);
                    return;
                }
            }
            code.with(element);
        };
        CodeTransform stopCheck = new CodeTransform() {
            @Override
            public void atStart(CodeBuilder code) {
                code.invokestatic(CD_STOP, "check", ConstantDescs.MTD_void);
            }

            @Override
            public void accept(CodeBuilder code, CodeElement element) {
                code.with(element);
            }
        };
        return cf.transformClass(cf.parse(classFile), ClassTransform.transformingMethodBodies(
                method -> method.methodName().equalsString(DO_IT), stopCheck).andThen(
                ClassTransform.transformingMethodBodies(rewrite)));
    }

    /**
     * Runs a snippet, noting when it was stopped (JShell reports a stop as neither value nor
     * exception). The thread JShell starts for the run inherits the session's stop check.
     */
    @Override
    public String invoke(String className, String methodName) throws RunException, InternalException, EngineTerminationException {
        stopped = false;
        BooleanSupplier outer = SnippetStop.CURRENT.get();
        SnippetStop.CURRENT.set(stopRequested);
        running = true;
        try {
            return super.invoke(className, methodName);
        } catch (StoppedException e) {
            stopped = true;
            throw e;
        } finally {
            running = false;
            SnippetStop.CURRENT.set(outer);
        }
    }

    /** Whether a snippet's code runs at this moment (not while JShell compiles one). */
    boolean running() {
        return running;
    }

    /** Whether the last snippet was stopped; clears the flag. */
    boolean takeStopped() {
        boolean s = stopped;
        stopped = false;
        return s;
    }

    /** Reads a variable's value by reflection on its wrapper class, keeping it for {@link #liveValue}. */
    @Override
    public String varValue(String className, String varName) throws RunException, EngineTerminationException, InternalException {
        captured = null;
        try {
            var field = findClass(className).getDeclaredField(varName);
            field.setAccessible(true);
            captured = field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            captured = null;
        }
        return super.varValue(className, varName);
    }

    /** The value the last {@link #varValue} call read, as a live object. */
    Object liveValue() {
        return captured;
    }

    /**
     * Creates the control for JShell, sharing the session's class loader so torch4j classes are
     * the same classes; {@code stopRequested} is the session's interrupt flag.
     */
    static final class Provider implements ExecutionControlProvider {
        private final ClassLoader parent;
        private final BooleanSupplier stopRequested;
        private SessionExecutionControl control;

        Provider(ClassLoader parent, BooleanSupplier stopRequested) {
            this.parent = parent;
            this.stopRequested = stopRequested;
        }

        @Override public String name() { return "torch4j-session"; }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            control = new SessionExecutionControl(parent, stopRequested);
            return control;
        }

        SessionExecutionControl control() { return control; }
    }
}
