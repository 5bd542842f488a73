package torch4j.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The kernel's answers to the shell and control requests of messaging protocol 5.3: every
 * request is framed by busy and idle status messages on iopub with the request as parent.
 * Also the {@link Interpreter.Display} of the running cell (display_data, update_display_data, clear_output).
 */
final class Requests implements Interpreter.Display {
    private final Kernel kernel;
    private final History history = new History();
    private final CellInterrupts interrupts;
    private volatile Message currentCell;
    private int executionCount;

    Requests(Kernel kernel) {
        this.kernel = kernel;
        this.interrupts = new CellInterrupts(this::startedInterpreter, () -> kernel.stdin.cancel());
    }

    /** The execute_request whose cell is running (or ran last): the parent of its output. */
    Message currentCell() {
        return currentCell;
    }

    void handle(Message request, Consumer<Message> reply, boolean onControl) {
        String type = request.type();
        if (type.startsWith("comm_") && !type.equals("comm_info_request")) {
            comm(request);
            return;
        }
        // before its busy status: a kernel still starting is not busy with this request
        if (type.equals("kernel_info_request") && !onControl) awaitStart();
        publish(request, "status", Kernel.status("busy"));
        try {
            switch (type) {
                case "kernel_info_request" -> reply.accept(answer(request, "kernel_info_reply", KernelInfo.content()));
                case "execute_request" -> execute(request, reply);
                case "complete_request" -> reply.accept(answer(request, "complete_reply", complete(request)));
                case "inspect_request" -> reply.accept(answer(request, "inspect_reply", inspect(request)));
                case "is_complete_request" -> reply.accept(answer(request, "is_complete_reply", isComplete(request)));
                case "history_request" -> reply.accept(answer(request, "history_reply", history(request)));
                case "comm_info_request" -> {
                    JsonObject c = ok();
                    c.add("comms", new JsonObject());
                    reply.accept(answer(request, "comm_info_reply", c));
                }
                case "interrupt_request" -> {
                    interrupts.interrupt(Objects.requireNonNullElseGet(CellInterrupts.sentAt(request), Instant::now));
                    reply.accept(answer(request, "interrupt_reply", ok()));
                }
                case "shutdown_request" -> {
                    boolean restart = request.flag("restart", false);
                    JsonObject c = ok();
                    c.addProperty("restart", restart);
                    reply.accept(answer(request, "shutdown_reply", c));
                    interrupt();
                    kernel.shutdown(restart);
                }
                default -> Kernel.log("ignored a " + type + " on the " + (onControl ? "control" : "shell") + " channel");
            }
        } finally {
            publish(request, "status", Kernel.status("idle"));
        }
    }

    /**
     * Waits, at most {@link #START_WAIT_MS}, for the interpreter to start (or fail to). A client
     * takes the kernel_info_reply for "ready" (jupyter_client's wait_for_ready, nbclient, the
     * console, the notebook server), so it comes when a cell can run at once, as ipykernel's does
     * after its imports; those clients wait up to 60 s and ask again every second meanwhile. A
     * session slower than the cap (a machine under heavy load) is answered anyway: its first cell
     * then waits for it, as any request does. A failed start answers at once (the cells then say why).
     */
    private void awaitStart() {
        try {
            kernel.interpreter.get(START_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // answered anyway: still starting, or failed (logged, and each cell's error says so)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The longest a kernel_info_request waits for the interpreter: well inside the clients' 60 s. */
    static final long START_WAIT_MS = 30_000;

    /**
     * Interrupts the running cell and a read of System.in waiting for input (SIGINT, shutdown);
     * between cells, see {@link CellInterrupts}.
     */
    void interrupt() {
        interrupts.interrupt(Instant.now());
    }

    /** Whether a cell is running but not its code at this moment (JShell compiles its next snippet). */
    boolean cellCompiling() {
        if (!interrupts.cellRunning()) return false;
        Interpreter i = startedInterpreter();
        return i != null && !i.runningCode();
    }

    /** The interpreter once it has started; null while it starts or when it failed to. */
    private Interpreter startedInterpreter() {
        CompletableFuture<Interpreter> f = kernel.interpreter;
        return f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
    }

    private void execute(Message request, Consumer<Message> reply) {
        String invalid = invalidExecuteContent(request.content());
        if (invalid != null) {
            // ipykernel 6.17 logs "Got bad msg" and sends no reply, which leaves the client
            // waiting; an error reply says what is wrong. Nothing runs and no count is used.
            Kernel.log("execute_request: " + invalid + "; answered with an error, nothing run");
            JsonObject error = new JsonObject();
            error.addProperty("status", "error");
            error.addProperty("ename", "BadRequest");
            error.addProperty("evalue", "execute_request: " + invalid);
            JsonArray traceback = new JsonArray();
            traceback.add("execute_request: " + invalid);
            error.add("traceback", traceback);
            error.addProperty("execution_count", executionCount);
            error.add("user_expressions", new JsonObject());
            error.add("payload", new JsonArray());
            reply.accept(answer(request, "execute_reply", error));
            return;
        }
        kernel.stdin.startCell();   // before the cell begins: an interrupt from then on cancels a read
        CellInterrupts.Cell cell = interrupts.begin(request);
        boolean failed;
        try {
            failed = executeCell(request, reply, cell);
        } finally {
            interrupts.end(cell);
        }
        if (failed && request.flag("stop_on_error", true)) abortQueued(reply);
    }

    /**
     * What is wrong with an execute_request's content, or null when nothing is: "code" must be a
     * string; silent, store_history, allow_stdin and stop_on_error booleans; user_expressions an
     * object of strings (an absent or null field takes its default).
     */
    static String invalidExecuteContent(JsonObject content) {
        JsonElement code = content.get("code");
        if (code == null) return "the field \"code\" is missing";
        if (!isString(code)) return "the field \"code\" is " + kind(code) + ", not a string";
        for (String flag : List.of("silent", "store_history", "allow_stdin", "stop_on_error")) {
            JsonElement v = content.get(flag);
            if (v != null && !v.isJsonNull() && !(v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean()))
                return "the field \"" + flag + "\" is " + kind(v) + ", not a boolean";
        }
        JsonElement expressions = content.get("user_expressions");
        if (expressions != null && !expressions.isJsonNull()) {
            if (!expressions.isJsonObject()) return "the field \"user_expressions\" is " + kind(expressions) + ", not an object";
            for (var e : expressions.getAsJsonObject().entrySet())
                if (!isString(e.getValue()))
                    return "the field \"user_expressions\" maps \"" + e.getKey() + "\" to " + kind(e.getValue()) + ", not a string";
        }
        return null;
    }

    private static boolean isString(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    /** A JSON value's kind, for messages: "null", "a number", "an array"... */
    private static String kind(JsonElement e) {
        if (e.isJsonNull()) return "null";
        if (e.isJsonArray()) return "an array";
        if (e.isJsonObject()) return "an object";
        JsonPrimitive p = e.getAsJsonPrimitive();
        return p.isBoolean() ? "a boolean" : p.isNumber() ? "a number" : "a string";
    }

    /** Runs the cell of an execute_request and sends its reply; true when it failed. */
    private boolean executeCell(Message request, Consumer<Message> reply, CellInterrupts.Cell cell) {
        String code = request.text("code", "");
        boolean silent = request.flag("silent", false);
        boolean storeHistory = !silent && request.flag("store_history", true);
        int count = storeHistory ? ++executionCount : executionCount;
        if (!silent) {
            JsonObject input = new JsonObject();
            input.addProperty("code", code);
            input.addProperty("execution_count", count);
            publish(request, "execute_input", input);
        }
        currentCell = request;
        Interpreter.Outcome outcome = run(code, count, cell);
        kernel.flushStreams();
        JsonObject content;
        if (outcome.failure() != null) {
            JsonObject error = failure(outcome.failure());
            publish(request, "error", error);
            content = error.deepCopy();
            content.addProperty("status", "error");
            content.addProperty("execution_count", count);
            content.add("user_expressions", new JsonObject());
            content.add("payload", new JsonArray());
        } else {
            if (!silent && outcome.result() != null) {
                JsonObject result = new JsonObject();
                result.addProperty("execution_count", count);
                result.add("data", bundle(outcome.result()));
                result.add("metadata", new JsonObject());
                publish(request, "execute_result", result);
            }
            content = ok();
            content.addProperty("execution_count", count);
            content.add("user_expressions", userExpressions(request, cell));
            JsonArray payload = new JsonArray();
            if (outcome.page() != null) {
                JsonObject page = new JsonObject();
                page.addProperty("source", "page");
                page.add("data", bundle(outcome.page()));
                page.addProperty("start", 0);
                payload.add(page);
            }
            content.add("payload", payload);
        }
        if (storeHistory)
            history.add(count, code, outcome.result() == null ? null : outcome.result().get("text/plain"));
        reply.accept(answer(request, "execute_reply", content));
        return outcome.failure() != null;
    }

    /**
     * Runs code once the interpreter is up; a cell sent while it starts waits for it, unless it
     * is interrupted meanwhile. {@code count}: the execution count its errors name
     * ({@code Cell In[5]}), -1 for code that is no cell of its own (user_expressions).
     */
    private Interpreter.Outcome run(String code, int count, BooleanSupplier interrupted) {
        try {
            Interpreter i = awaitInterpreter(interrupted);
            if (i == null) return new Interpreter.Outcome(null, Interpreter.INTERRUPTED);
            return i.execute(code, count, interrupted);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Interpreter.Outcome(null, new Interpreter.Failure(cause.getClass().getName(),
                    "the torch4j session did not start: " + cause.getMessage(), List.of()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Interpreter.Outcome(null, new Interpreter.Failure("InterruptedException", "kernel stopping", List.of()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Interpreter.Outcome(null, new Interpreter.Failure(e.getClass().getName(), String.valueOf(e.getMessage()), List.of()));
        }
    }

    /** The interpreter, waiting while it starts; null when {@code interrupted} turns true first. */
    private Interpreter awaitInterpreter(BooleanSupplier interrupted) throws ExecutionException, InterruptedException {
        while (!interrupted.getAsBoolean()) {
            try {
                return kernel.interpreter.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillStarting) {
                // look at the interrupt flag again
            }
        }
        return null;
    }

    /** After an error with stop_on_error, the execute requests already queued are answered "aborted" and not run. */
    private void abortQueued(Consumer<Message> reply) {
        for (Message queued : kernel.pendingShellRequests()) {
            if (!"execute_request".equals(queued.type())) {
                handle(queued, reply, false);
                continue;
            }
            publish(queued, "status", Kernel.status("busy"));
            JsonObject aborted = new JsonObject();
            aborted.addProperty("status", "aborted");
            aborted.addProperty("execution_count", executionCount);
            reply.accept(answer(queued, "execute_reply", aborted));
            publish(queued, "status", Kernel.status("idle"));
        }
    }

    private JsonObject userExpressions(Message request, BooleanSupplier interrupted) {
        JsonObject results = new JsonObject();
        if (!request.content().has("user_expressions") || !request.content().get("user_expressions").isJsonObject())
            return results;
        for (var e : request.content().getAsJsonObject("user_expressions").entrySet()) {
            Interpreter.Outcome o = run(e.getValue().getAsString(), -1, interrupted);
            JsonObject r;
            if (o.failure() != null) {
                r = failure(o.failure());
                r.addProperty("status", "error");
            } else {
                r = ok();
                r.add("data", bundle(o.result() == null ? Map.of("text/plain", "") : o.result()));
                r.add("metadata", new JsonObject());
            }
            results.add(e.getKey(), r);
        }
        return results;
    }

    private JsonObject complete(Message request) {
        String code = request.text("code", "");
        int cursor = CodePoints.toUtf16(code, request.number("cursor_pos", code.codePointCount(0, code.length())));
        JsonObject c = ok();
        JsonArray matches = new JsonArray();
        int start = cursor, end = cursor;
        Interpreter i = ready();
        if (i != null) {
            Interpreter.Completion completion = i.complete(code, cursor);
            completion.matches().forEach(matches::add);
            start = completion.start();
            end = completion.end();
        }
        c.add("matches", matches);
        c.addProperty("cursor_start", CodePoints.fromUtf16(code, start));
        c.addProperty("cursor_end", CodePoints.fromUtf16(code, end));
        c.add("metadata", new JsonObject());
        return c;
    }

    private JsonObject inspect(Message request) {
        String code = request.text("code", "");
        int cursor = CodePoints.toUtf16(code, request.number("cursor_pos", code.codePointCount(0, code.length())));
        Interpreter i = ready();
        Optional<Map<String, String>> doc = i == null ? Optional.empty() : i.inspect(code, cursor, request.number("detail_level", 0));
        JsonObject c = ok();
        c.addProperty("found", doc.isPresent());
        c.add("data", bundle(doc.orElse(Map.of())));
        c.add("metadata", new JsonObject());
        return c;
    }

    private JsonObject isComplete(Message request) {
        Interpreter i = ready();
        JsonObject c = new JsonObject();
        if (i == null) {
            c.addProperty("status", "unknown");
            return c;
        }
        Interpreter.Completeness r = i.isComplete(request.text("code", ""));
        c.addProperty("status", r.status());
        if ("incomplete".equals(r.status())) c.addProperty("indent", r.indent() == null ? "" : r.indent());
        return c;
    }

    private JsonObject history(Message request) {
        boolean output = request.flag("output", false);
        JsonArray rows = switch (request.text("hist_access_type", "tail")) {
            case "range" -> history.range(request.number("start", 0), request.number("stop", 0), output);
            case "search" -> history.search(request.text("pattern", "*"), request.number("n", 0),
                    request.flag("unique", false), output);
            default -> history.tail(request.number("n", 10), output);
        };
        JsonObject c = ok();
        c.add("history", rows);
        return c;
    }

    /** No comm targets are registered: a comm_open is answered by closing it, as IPython does for unknown targets. */
    private void comm(Message request) {
        if (!"comm_open".equals(request.type())) return;
        JsonObject close = new JsonObject();
        close.addProperty("comm_id", request.text("comm_id", ""));
        close.add("data", new JsonObject());
        publish(request, "comm_close", close);
    }

    /**
     * The interpreter, waiting for it while it starts (a client's first completion may come
     * before the session is up); null when it failed to start.
     */
    private Interpreter ready() {
        try {
            return kernel.interpreter.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void display(Map<String, String> data, String displayId) {
        sendDisplay("display_data", data, displayId);
    }

    @Override
    public void update(Map<String, String> data, String displayId) {
        sendDisplay("update_display_data", data, displayId);
    }

    @Override
    public void clearOutput(boolean wait) {
        Message parent = currentCell;
        if (parent == null) return;
        kernel.flushStreams();
        JsonObject c = new JsonObject();
        c.addProperty("wait", wait);
        publish(parent, "clear_output", c);
    }

    private void sendDisplay(String type, Map<String, String> data, String displayId) {
        Message parent = currentCell;
        if (parent == null) return;
        kernel.flushStreams();
        JsonObject c = new JsonObject();
        c.add("data", bundle(data));
        c.add("metadata", new JsonObject());
        JsonObject transient_ = new JsonObject();
        if (displayId != null) transient_.addProperty("display_id", displayId);
        c.add("transient", transient_);
        publish(parent, type, c);
    }

    private static JsonObject failure(Interpreter.Failure f) {
        JsonObject c = new JsonObject();
        c.addProperty("ename", f.ename());
        c.addProperty("evalue", f.evalue());
        JsonArray tb = new JsonArray();
        f.traceback().forEach(tb::add);
        c.add("traceback", tb);
        return c;
    }

    private static JsonObject bundle(Map<String, String> data) {
        JsonObject o = new JsonObject();
        data.forEach(o::addProperty);
        return o;
    }

    private static JsonObject ok() {
        JsonObject c = new JsonObject();
        c.addProperty("status", "ok");
        return c;
    }

    private Message answer(Message request, String type, JsonObject content) {
        return Message.reply(request, type, content, kernel.session);
    }

    private void publish(Message parent, String type, JsonObject content) {
        Message m = Message.reply(parent, type, content, kernel.session);
        kernel.iopub.publish(new Message(List.of(), m.header(), m.parentHeader(), m.metadata(), m.content(), m.buffers()));
    }
}
