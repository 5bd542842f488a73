package torch4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An interrupt stops the eval whenever it arrives: while JShell still compiles the snippet (the
 * first tens of milliseconds of a cell, longer on a busy machine), between two snippets, or while
 * the loop runs; an interrupt while no eval runs stops nothing. The REPL's Ctrl-C and the
 * kernel's interrupt_request / SIGINT all end in {@link Session#interrupt}.
 */
class SessionInterruptTest {
    /** How long an interrupted eval may take to end: a compile on a busy two-core machine, with room. */
    private static final long STOP_WITHIN_MS = 10_000;
    private static Session session;
    /** Interrupt latencies, printed once the session is closed (it routes System.out while open). */
    private static final List<String> MEASURED = new ArrayList<>();

    @BeforeAll
    static void start() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        session = Session.start(SessionOptions.of(quiet, quiet, new ByteArrayInputStream(new byte[0]), DisplaySink.text(quiet)));
    }

    @AfterAll
    static void stop() {
        session.close();
        MEASURED.forEach(line -> System.out.println("[SessionInterruptTest] " + line));
    }

    @Test
    void interruptStopsAnEndlessLoopAtAnyDelay() throws Exception {
        List<String> measured = new ArrayList<>();
        int cell = 0;
        for (long delay : new long[] {0, 10, 100, 1000}) {
            // a new variable each time: JShell compiles both snippets afresh
            String code = "long x" + cell + " = 0;\nfor (;;) x" + cell + " = x" + cell + " + 1;";
            cell++;
            measured.add("delay " + delay + " ms: stopped after " + interruptAfter(code, delay) + " ms");
            assertEquals("2", session.eval("1 + 1").getLast().echo(), "the next eval runs normally");
        }
        MEASURED.add("quiet: " + measured);
    }

    @Test
    void interruptStopsAnEndlessLoopUnderACpuHog() throws Exception {
        AtomicBoolean hogging = new AtomicBoolean(true);
        List<Thread> hogs = new ArrayList<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);   // bounded even if the test hangs
        for (int i = 0; i < 4; i++) {
            hogs.add(Thread.ofPlatform().daemon().name("cpu-hog-" + i).start(() -> {
                long spin = 0;
                while (hogging.get() && System.nanoTime() < until) spin++;
                if (spin == 42) System.out.print("");
            }));
        }
        try {
            List<String> measured = new ArrayList<>();
            for (long delay : new long[] {0, 10, 100, 1000}) {
                String code = "while (true) { }";
                measured.add("delay " + delay + " ms: stopped after " + interruptAfter(code, delay) + " ms");
                assertEquals("3", session.eval("1 + 2").getLast().echo());
            }
            MEASURED.add("under a CPU hog: " + measured);
        } finally {
            hogging.set(false);
            for (Thread t : hogs) t.join();
        }
    }

    @Test
    void anInterruptBetweenEvalsDoesNotStopTheNextOne() {
        session.interrupt();
        session.interrupt();
        Evaluation next = session.eval("int between = 6;\nbetween * 7").getLast();
        assertTrue(next.ok(), String.valueOf(next.error()));
        assertEquals("42", next.echo());
    }

    @Test
    void aCallerInterruptSetBeforeTheEvalStartsStopsIt() {
        List<Evaluation> evs = session.eval("while (true) { }", () -> true);
        assertEquals("interrupted", evs.getLast().error().kind());
        assertEquals("5", session.eval("2 + 3").getLast().echo());
    }

    /**
     * Runs {@code code} on another thread, interrupts it {@code delayMs} after it entered
     * {@link Session#eval}, and returns how long the eval took to end after the interrupt.
     */
    private static long interruptAfter(String code, long delayMs) throws Exception {
        CompletableFuture<List<Evaluation>> result = new CompletableFuture<>();
        Thread evaluator = Thread.ofPlatform().name("eval").start(() -> {
            try {
                result.complete(session.eval(code));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        awaitInsideEval(evaluator);
        if (delayMs > 0) Thread.sleep(delayMs);
        long interrupted = System.nanoTime();
        session.interrupt();
        List<Evaluation> evs;
        try {
            evs = result.get(STOP_WITHIN_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException lost) {
            // stop the loop so the other tests can run, then report the lost interrupt
            while (!result.isDone()) {
                session.interrupt();
                Thread.sleep(50);
            }
            fail("the interrupt " + delayMs + " ms into the eval was lost: the loop ran on for " + STOP_WITHIN_MS + " ms");
            return -1;
        }
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interrupted);
        EvalError error = evs.getLast().error();
        assertNotNull(error, "the endless loop ended without an error: " + evs);
        assertEquals("interrupted", error.kind(), error.toString());
        return tookMs;
    }

    /** Waits until the eval has begun (so the interrupt is not one between evals, which stops nothing). */
    private static void awaitInsideEval(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && t.isAlive()) {
            if (session.inEval()) return;
            Thread.onSpinWait();
        }
        fail("the eval did not start");
    }
}
