package torch4j.kernel;

import com.google.gson.JsonElement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Which cell an interrupt (interrupt_request on control, or SIGINT) stops.
 * <ul>
 * <li>A cell counts as running from the moment the shell thread takes its execute_request until
 *     its reply is sent, so an interrupt stops it also while it waits for the interpreter to start
 *     or while JShell compiles it (the interpreter checks {@link Cell} as it goes).
 * <li>An interrupt between cells stops nothing, as in ipykernel (which ignores SIGINT between
 *     requests), with one exception: the client sends a cell on shell and the interrupt on control,
 *     two connections, so an interrupt sent just after a cell can reach the kernel before it. Such
 *     an interrupt is kept, and stops the next cell if that cell's header date is not later than
 *     the interrupt's (it was sent first) and it comes within {@link #PENDING_MS}.
 * </ul>
 */
final class CellInterrupts {
    /** How long an interrupt that came between cells may still stop a cell sent before it. */
    static final long PENDING_MS = 3000;

    /** One cell's interrupt flag, read by the interpreter as the cell runs. */
    static final class Cell implements BooleanSupplier {
        private volatile boolean interrupted;

        @Override
        public boolean getAsBoolean() {
            return interrupted;
        }
    }

    private final Supplier<Interpreter> startedInterpreter;
    private final Runnable cancelInput;
    private final Object lock = new Object();
    private Cell running;              // guarded by lock; null between cells
    private Instant pendingSent;       // guarded by lock: an interrupt that came between cells
    private long pendingArrivedNanos;

    /**
     * @param startedInterpreter the interpreter once it has started, else null
     * @param cancelInput        ends a read of System.in that waits for the client
     */
    CellInterrupts(Supplier<Interpreter> startedInterpreter, Runnable cancelInput) {
        this.startedInterpreter = startedInterpreter;
        this.cancelInput = cancelInput;
    }

    /** The shell thread takes {@code request}: its cell runs until {@link #end}. */
    Cell begin(Message request) {
        synchronized (lock) {
            Cell cell = new Cell();
            if (pendingSent != null) {
                Instant sent = sentAt(request);
                boolean recent = System.nanoTime() - pendingArrivedNanos < TimeUnit.MILLISECONDS.toNanos(PENDING_MS);
                cell.interrupted = recent && sent != null && !sent.isAfter(pendingSent);
                pendingSent = null;
            }
            running = cell;
            return cell;
        }
    }

    /** Whether a cell is running (from its request taken to its reply). */
    boolean cellRunning() {
        synchronized (lock) {
            return running != null;
        }
    }

    /** The cell's reply is out: interrupts from now on are between cells. */
    void end(Cell cell) {
        synchronized (lock) {
            if (running == cell) running = null;
        }
    }

    /**
     * Interrupts the running cell; between cells, keeps the interrupt for a cell sent before it.
     * {@code sent} is when the client sent it (its header date), or when it arrived.
     */
    void interrupt(Instant sent) {
        // under the lock: the cell cannot end and the next one begin between the check and the stop
        synchronized (lock) {
            Cell cell = running;
            if (cell == null) {
                pendingSent = sent;
                pendingArrivedNanos = System.nanoTime();
                return;
            }
            cell.interrupted = true;
            cancelInput.run();
            Interpreter i = startedInterpreter.get();
            if (i != null) i.interrupt();
        }
    }

    /** When a message was sent, from its header's date (ISO 8601; UTC when it names no zone); null when it has none. */
    static Instant sentAt(Message m) {
        JsonElement date = m.header().get("date");
        if (date == null || !date.isJsonPrimitive()) return null;
        String text = date.getAsString();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
