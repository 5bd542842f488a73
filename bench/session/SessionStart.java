// A torch4j session's start in a fresh JVM: Session.start's wall time, the process's CPU time when
// it returns (JVM start included), then one `1 + 1`. BENCHMARKS.md, "The kernel's first cell and
// the prelude". Compile once, run with a kernelspec's options and jars (K = its folder):
//   javac -cp "$(ls $K/lib/*.jar | tr '\n' :)" -d /tmp/ss bench/session/SessionStart.java
//   java -XX:+UseParallelGC -Xss8m -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput \
//     -XX:CompilerDirectivesFile=$K/jit-directives.json -Xlog:cds=off -Xlog:aot=off -XX:AOTCache=$K/torch4j.aot \
//     --enable-native-access=ALL-UNNAMED -cp "$(ls $K/lib/*.jar | tr '\n' :)/tmp/ss" SessionStart LABEL
import torch4j.session.*;
public class SessionStart {
    public static void main(String[] a) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long t0 = ProcessHandle.current().info().startInstant().get().toEpochMilli();
        java.io.PrintStream out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true);
        java.io.PrintStream n = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        long m = System.currentTimeMillis() - t0;
        long s = System.nanoTime();
        Session ses = Session.start(SessionOptions.of(n, n, java.io.InputStream.nullInputStream(), DisplaySink.text(n)));
        double start = (System.nanoTime() - s) / 1e6;
        double cpu = os.getProcessCpuTime() / 1e6;
        s = System.nanoTime();
        ses.eval("1 + 1");
        double first = (System.nanoTime() - s) / 1e6;
        out.printf("%s: main at %d ms, Session.start %.0f ms wall, process CPU at started %.0f ms, first 1+1 %.0f ms%n", a[0], m, start, cpu, first);
        System.exit(0);
    }
}
