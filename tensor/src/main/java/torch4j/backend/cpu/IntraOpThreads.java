package torch4j.backend.cpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PyTorch's intra-op thread count T ({@code torch.get_num_threads()}), which decides how ATen
 * splits large reductions and so the bits of a float32 sum of 32768 elements or more (see
 * {@link FloatSum}). torch4j takes it by PyTorch 1.13's rule, so that the same program on the
 * same machine sums in the same order:
 * <ol>
 *   <li>{@code Torch.setNumThreads(n)} ({@code torch.set_num_threads}), or {@code -Dtorch4j.threads=n}
 *       at startup;</li>
 *   <li>else the environment: {@code MKL_NUM_THREADS}, else {@code OMP_NUM_THREADS} (a positive
 *       integer; other values are ignored, as PyTorch ignores them after a warning);</li>
 *   <li>else half the online CPUs ({@code std::thread::hardware_concurrency() / 2}, at least 1):
 *       1 on a 2-vCPU machine, where {@code torch.get_num_threads()} prints 1.</li>
 * </ol>
 * Inside {@code Backend.runSingleThreaded} (DataLoader workers, which PyTorch runs with
 * {@code torch.set_num_threads(1)}) T is 1. T does not change how many threads torch4j itself
 * uses; it changes only the order that PyTorch would use.
 */
final class IntraOpThreads {
    private IntraOpThreads() {}

    private static volatile int count = initial();

    /** T for the calling thread. */
    static int get() { return Parallel.isSerial() ? 1 : count; }

    /** Sets T ({@code torch.set_num_threads}). */
    static void set(int threads) {
        if (threads <= 0) throw new IllegalArgumentException("set_num_threads expects a positive integer");
        count = threads;
    }

    private static int initial() {
        Integer property = Integer.getInteger("torch4j.threads");
        if (property != null && property > 0) return property;
        int n = envThreads("OMP_NUM_THREADS", 0);
        n = envThreads("MKL_NUM_THREADS", n);
        if (n == 0) n = onlineCpus() / 2;
        return Math.max(1, n);   // libgomp takes omp_set_num_threads(0) as 1
    }

    /** {@code get_env_num_threads}: the variable read as {@code std::stoi} reads it, if positive; else {@code fallback}. */
    static int envThreads(String name, int fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : parsePositive(v, fallback);
    }

    /** A leading integer as {@code std::stoi} parses it (leading blanks, a sign, digits, anything after), if positive. */
    static int parsePositive(String v, int fallback) {
        int i = 0, n = v.length();
        while (i < n && Character.isWhitespace(v.charAt(i))) i++;
        int start = i;
        if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) i++;
        int digits = i;
        while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') i++;
        if (i == digits) return fallback;
        try {
            int value = Integer.parseInt(v.substring(start, i));
            return value > 0 ? value : fallback;
        } catch (NumberFormatException outOfRange) {
            return fallback;
        }
    }

    /** Online CPUs as glibc's {@code get_nprocs} counts them (affinity and cgroup limits aside). */
    static int onlineCpus() {
        try {
            int count = 0;
            for (String range : Files.readString(Path.of("/sys/devices/system/cpu/online")).trim().split(",")) {
                int dash = range.indexOf('-');
                count += dash < 0 ? 1 : Integer.parseInt(range.substring(dash + 1)) - Integer.parseInt(range.substring(0, dash)) + 1;
            }
            if (count > 0) return count;
        } catch (IOException | RuntimeException notLinux) {
            // fall through
        }
        return Runtime.getRuntime().availableProcessors();
    }
}
