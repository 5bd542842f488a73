package torch4j.track.ui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import torch4j.render.Html;
import torch4j.track.RunList;
import torch4j.track.RunRecord;
import torch4j.track.Track;

/**
 * A local web dashboard of a tracking folder ({@code ./torch4j track ui}): its projects, their
 * runs with config and summary, each run's charts (redrawn while it runs), media tables with their
 * pictures, and artifacts with their versions, files and lineage. It only reads the store, so runs
 * in other JVMs go on logging meanwhile (SQLite's WAL).
 *
 * <p>As Jupyter does, it listens on 127.0.0.1 unless told otherwise and answers only requests that
 * carry its random token: in the URL it prints ({@code ?token=...}), or in the cookie the first
 * such request sets; others get 403.
 *
 * <pre>{@code
 * jshell> import torch4j.track.ui.Dashboard;
 * jshell> var ui = Dashboard.start(Path.of("runs"), "127.0.0.1", 0)
 * jshell> ui.url()
 * $3 ==> http://127.0.0.1:40123/?token=5f0c...
 * jshell> ui.close()
 * }</pre>
 */
public final class Dashboard implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer server;
    private final ExecutorService pool;
    private final String token;
    private final String cookie;
    private final Path dir;

    private Dashboard(HttpServer server, ExecutorService pool, String token, Path dir) {
        this.server = server;
        this.pool = pool;
        this.token = token;
        this.dir = dir;
        // the port in the name: cookies are shared across ports, so two dashboards keep apart
        this.cookie = "torch4j-track-" + server.getAddress().getPort();
    }

    /**
     * Serves the projects under {@code dir} on {@code host}:{@code port} (port 0: a free one)
     * until {@link #close()}. Sets {@link Track#setDir} for this JVM to {@code dir}.
     */
    public static Dashboard start(Path dir, String host, int port) throws IOException {
        Track.setDir(dir);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(host), port);
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (BindException e) {
            throw new BindException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "torch4j-track-ui");
            t.setDaemon(true);
            return t;
        });
        Dashboard ui = new Dashboard(server, pool, HexFormat.of().formatHex(randomBytes(24)), dir);
        server.createContext("/", ui::serve);
        server.setExecutor(pool);
        server.start();
        return ui;
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** The port it listens on. */
    public int port() { return server.getAddress().getPort(); }

    /** The token a request needs. */
    public String token() { return token; }

    /** The address to open, token included. */
    public URI url() {
        String host = server.getAddress().getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + port() + "/?token=" + token);
    }

    /** Stops listening and ends the request threads. */
    @Override public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** An answer: status, content type, body, and headers beyond the usual ones. */
    record Response(int status, String type, byte[] body, Map<String, String> headers) {
        static Response text(int status, String text) {
            return new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        static Response of(String type, String body) {
            return new Response(200, type, body.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            Response r;
            try {
                r = answer(ex.getRequestMethod(), ex.getRequestURI(), ex.getRequestHeaders().getFirst("Cookie"));
            } catch (RuntimeException e) {
                System.err.println("torch4j track ui: " + ex.getRequestURI().getPath() + ": " + e);
                r = Response.text(500, "500: " + e.getMessage());
            }
            var h = ex.getResponseHeaders();
            h.set("Content-Type", r.type());
            h.set("Cache-Control", "no-store");
            h.set("X-Content-Type-Options", "nosniff");
            // the token must not leave in a Referer; scripts only from here, none inline
            h.set("Referrer-Policy", "no-referrer");
            h.set("Content-Security-Policy", "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; script-src 'self';"
                    + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
            r.headers().forEach(h::set);
            boolean head = ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(r.status(), head ? -1 : r.body().length == 0 ? -1 : r.body().length);
            if (!head) ex.getResponseBody().write(r.body());
        }
    }

    /** The answer to one request, the token checked first. */
    Response answer(String method, URI uri, String cookieHeader) {
        Map<String, String> query = query(uri.getRawQuery());
        String given = query.get("token");
        boolean byUrl = given != null && same(given, token);
        if (!byUrl && !same(cookieValue(cookieHeader), token)) {
            return Response.text(403, "403 Forbidden: this dashboard needs its token: open the URL it printed (http://HOST:PORT/?token=...)");
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return new Response(405, "text/plain; charset=utf-8", "405: the dashboard only reads".getBytes(StandardCharsets.UTF_8),
                    Map.of("Allow", "GET, HEAD"));
        }
        Response r;
        try {
            r = route(uri.getPath(), query);
        } catch (IllegalArgumentException e) {    // no such project, run or artifact
            r = new Response(404, "text/html; charset=utf-8", Pages.page("not found", "", "<h1>Not found</h1><p>"
                    + Html.escape(e.getMessage()) + "</p>", null, 0).getBytes(StandardCharsets.UTF_8), Map.of());
        }
        if (byUrl) {
            Map<String, String> headers = new LinkedHashMap<>(r.headers());
            headers.put("Set-Cookie", cookie + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
            r = new Response(r.status(), r.type(), r.body(), headers);
        }
        return r;
    }

    private Response route(String path, Map<String, String> q) {
        return switch (path) {
            case "/" -> Response.of("text/html; charset=utf-8", Pages.projects(dir));
            case "/project" -> Response.of("text/html; charset=utf-8", Pages.project(project(q.get("name"))));
            case "/run" -> Response.of("text/html; charset=utf-8", Pages.run(project(q.get("project")), need(q, "id")));
            case "/artifact" -> Response.of("text/html; charset=utf-8", Pages.artifact(project(q.get("project")), need(q, "name")));
            case "/chart.svg" -> {
                String p = project(q.get("project"));
                if (q.get("id") == null && q.get("metric") == null) throw new IllegalArgumentException("a chart needs a run id or a metric");
                String svg = Pages.chartSvg(p, q.get("id"), q.get("metric"));
                if (svg == null) throw new IllegalArgumentException("run '" + q.get("id") + "' logged no metrics");
                // a chart opened by itself is a document: it may run nothing
                yield new Response(200, "image/svg+xml; charset=utf-8", svg.getBytes(StandardCharsets.UTF_8),
                        Map.of("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"));
            }
            case "/api/run" -> Response.of("application/json", Json.write(runJson(Track.run(project(q.get("project")), need(q, "id")))));
            case "/api/project" -> Response.of("application/json", Json.write(projectJson(project(q.get("name")))));
            case "/app.js" -> Response.of("text/javascript; charset=utf-8", resource("app.js"));
            default -> Response.text(404, "404: no page " + path);
        };
    }

    /** A run's state for the page's script: it redraws the charts when {@code updated} changes. */
    static Map<String, Object> runJson(RunRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("project", r.project());
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("state", r.state());
        m.put("updated", r.updated().toEpochMilli());
        m.put("summary", r.summary());
        return m;
    }

    private static Map<String, Object> projectJson(String project) {
        RunList runs = Track.runs(project);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("project", project);
        m.put("runs", runs.size());
        m.put("running", runs.stream().filter(r -> r.state().equals("running")).count());
        m.put("updated", runs.stream().mapToLong(r -> r.updated().toEpochMilli()).max().orElse(0));
        return m;
    }

    /** A project of the folder; an IllegalArgumentException (404) for any other name, so no request makes a folder. */
    private String project(String name) {
        if (name == null || !torch4j.track.Catalog.projects(dir).contains(name)) {
            throw new IllegalArgumentException("no project '" + name + "' in " + dir);
        }
        return name;
    }

    private static String need(Map<String, String> q, String key) {
        String v = q.get(key);
        if (v == null) throw new IllegalArgumentException("the page needs ?" + key + "=");
        return v;
    }

    private static String resource(String name) {
        try (InputStream in = Dashboard.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq), v = eq < 0 ? "" : pair.substring(eq + 1);
            out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    private String cookieValue(String header) {
        if (header == null) return null;
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.startsWith(cookie + "=")) return p.substring(cookie.length() + 1);
        }
        return null;
    }

    /** Compares in time independent of where the strings differ. */
    private static boolean same(String a, String b) {
        return a != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code ./torch4j track ui [--dir RUNS_DIR] [--port N] [--host ADDRESS]}: serves until Ctrl-C.
     * The folder is {@link Track#dir()} ({@code ./runs}) unless {@code --dir} says otherwise.
     */
    public static void main(String[] args) throws Exception {
        // sqlite-jdbc logs through SLF4J, which warns on stderr that it has no logger (as in Session)
        if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "ERROR");
        Path dir = Track.dir();
        int port = 0;
        String host = "127.0.0.1";
        int i = 0;
        if (args.length > 0 && args[0].equals("ui")) i++;
        for (; i < args.length; i++) {
            String a = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (a) {
                case "--dir" -> { if (!hasValue) usage("--dir needs a folder"); dir = Path.of(args[++i]); }
                case "--port" -> {
                    if (!hasValue) usage("--port needs a number");
                    try {
                        port = Integer.parseInt(args[++i]);
                    } catch (NumberFormatException e) {
                        usage("--port needs a number, got '" + args[i] + "'");
                    }
                    if (port < 0 || port > 65535) usage("--port must be 0 to 65535, got " + port);
                }
                case "--host" -> { if (!hasValue) usage("--host needs an address"); host = args[++i]; }
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> usage("unknown argument '" + a + "'");
            }
        }
        Dashboard ui;
        try {
            ui = start(dir, host, port);
        } catch (BindException e) {
            System.err.println("torch4j track ui: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ui.close();
            System.out.println("torch4j track ui: stopped");
            System.out.flush();
            stopped.countDown();
        }, "torch4j-track-ui-stop"));
        int projects = torch4j.track.Catalog.projects(dir).size();
        System.out.println("torch4j track ui: serving " + dir.toAbsolutePath().normalize() + " (" + projects
                + (projects == 1 ? " project" : " projects") + "); Ctrl-C stops it");
        System.out.println("    open " + ui.url());
        System.out.flush();
        stopped.await();
    }

    private static final String USAGE = "usage: ./torch4j track ui [--dir RUNS_DIR] [--port N] [--host ADDRESS]\n"
            + "  serves a dashboard of the tracked runs in RUNS_DIR (default ./runs) on ADDRESS:N\n"
            + "  (default 127.0.0.1 and a free port); open the URL it prints; Ctrl-C stops it";

    private static void usage(String problem) {
        System.err.println("torch4j track ui: " + problem);
        System.err.println(USAGE);
        System.exit(2);
    }
}
