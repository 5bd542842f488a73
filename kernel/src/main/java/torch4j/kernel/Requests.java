package torch4j.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * The kernel's answers to the shell and control requests of messaging protocol 5.3: every
 * request is framed by busy and idle status messages on iopub with the request as parent.
 * Also the {@link Interpreter.Display} of the running cell (display_data, update_display_data, clear_output).
 */
final class Requests implements Interpreter.Display {
    private final Kernel kernel;
    private final History history = new History();
    private volatile Message currentCell;
    private int executionCount;

    Requests(Kernel kernel) {
        this.kernel = kernel;
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
                    interrupt();
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

    /** Interrupts the running cell (interrupt_request, SIGINT) and a read of System.in waiting for input. */
    void interrupt() {
        kernel.stdin.cancel();
        Interpreter i = kernel.interpreter.getNow(null);
        if (i != null) i.interrupt();
    }

    private void execute(Message request, Consumer<Message> reply) {
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
        kernel.stdin.startCell();
        Interpreter.Outcome outcome = run(code, count);
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
            content.add("user_expressions", userExpressions(request));
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
        if (outcome.failure() != null && request.flag("stop_on_error", true)) abortQueued(reply);
    }

    /** Runs code once the interpreter is up; a cell sent while it starts waits for it. */
    private Interpreter.Outcome run(String code) {
        return run(code, -1);
    }

    /** {@link #run(String)} for the cell of execution count {@code count} (its errors name it); -1: no cell of its own. */
    private Interpreter.Outcome run(String code, int count) {
        try {
            Interpreter interpreter = kernel.interpreter.get();
            return count < 0 ? interpreter.execute(code) : interpreter.execute(code, count);
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

    private JsonObject userExpressions(Message request) {
        JsonObject results = new JsonObject();
        if (!request.content().has("user_expressions") || !request.content().get("user_expressions").isJsonObject())
            return results;
        for (var e : request.content().getAsJsonObject("user_expressions").entrySet()) {
            Interpreter.Outcome o = run(e.getValue().getAsString());
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
