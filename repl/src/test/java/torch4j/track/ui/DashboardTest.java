package torch4j.track.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import torch4j.track.Artifact;
import torch4j.track.Html;
import torch4j.track.Run;
import torch4j.track.RunOptions;
import torch4j.track.Table;
import torch4j.track.Track;

/** The dashboard's handlers through a real server on a free port: the token, status codes, escaping, the JSON its script polls. */
class DashboardTest {
    static final String HOSTILE = "<script>alert(1)</script>\"'&";
    static final String HOSTILE_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;";

    @TempDir Path dir;
    Dashboard ui;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @BeforeEach void setUp() throws Exception {
        ui = Dashboard.start(dir, "127.0.0.1", 0);
    }

    @AfterEach void tearDown() {
        ui.close();
        Track.setDir(null);
    }

    private HttpResponse<String> get(String pathAndQuery, String cookie) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ui.port() + pathAndQuery)).timeout(Duration.ofSeconds(60));
        if (cookie != null) b.header("Cookie", cookie);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A page with the token in its URL. */
    private HttpResponse<String> page(String path, String... keysAndValues) throws Exception {
        String url = Pages.url(path, keysAndValues);
        return get(url + (url.contains("?") ? "&" : "?") + "token=" + ui.token(), null);
    }

    @Test
    void onlyRequestsWithTheTokenAreAnswered() throws Exception {
        assertTrue(ui.url().toString().matches("http://127\\.0\\.0\\.1:" + ui.port() + "/\\?token=[0-9a-f]{48}"), ui.url().toString());
        assertEquals(403, get("/", null).statusCode());
        assertEquals(403, get("/?token=" + "0".repeat(48), null).statusCode());
        assertEquals(403, get("/app.js", null).statusCode());
        assertEquals(403, get("/", "torch4j-track-1=" + ui.token()).statusCode(), "another port's cookie");
        assertFalse(get("/", null).body().contains(ui.token()));

        HttpResponse<String> first = get("/?token=" + ui.token(), null);
        assertEquals(200, first.statusCode());
        String setCookie = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertEquals("torch4j-track-" + ui.port() + "=" + ui.token() + "; Path=/; HttpOnly; SameSite=Strict", setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        HttpResponse<String> next = get("/", "other=1; " + cookie);
        assertEquals(200, next.statusCode(), "the cookie is enough after the first visit");
        assertTrue(next.headers().firstValue("Set-Cookie").isEmpty());
        assertTrue(next.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        assertEquals("no-referrer", next.headers().firstValue("Referrer-Policy").orElseThrow());
        assertTrue(next.body().contains("No projects yet"), next.body());

        var post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ui.port() + "/?token=" + ui.token()))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals(200, get("/app.js", cookie).statusCode());
        assertTrue(get("/app.js", cookie).body().contains("data-api"));
    }

    @Test
    void unknownPagesProjectsRunsAndArtifactsAre404() throws Exception {
        Track.init("p", Map.of(), new RunOptions().live(false)).finish();
        assertEquals(404, page("/nothing").statusCode());
        assertEquals(404, page("/project", "name", "q").statusCode());
        assertEquals(404, page("/project", "name", "../p").statusCode());
        assertEquals(404, page("/project").statusCode());
        assertEquals(404, page("/run", "project", "p", "id", "nosuchid").statusCode());
        assertEquals(404, page("/artifact", "project", "p", "name", "none").statusCode());
        assertEquals(404, page("/chart.svg", "project", "p", "metric", "loss").statusCode());
        assertEquals(404, page("/api/run", "project", "p", "id", "nosuchid").statusCode());
        assertFalse(Files.exists(dir.resolve("q")), "asking for a project makes no folder");
        HttpResponse<String> bad = page("/run", "project", "p", "id", HOSTILE);
        assertEquals(404, bad.statusCode());
        assertFalse(bad.body().contains("<script>alert"), bad.body());
    }

    @Test
    void userTextIsEscapedEverywhere() throws Exception {
        Run run = Track.init("p", Map.of(HOSTILE, HOSTILE, "lr", 0.1),
                new RunOptions().name(HOSTILE).notes(HOSTILE).tags(HOSTILE).live(false));
        Table cases = new Table("image", HOSTILE);
        cases.addData(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), HOSTILE);
        run.log(Map.of(HOSTILE, 1.0, "cases", cases, "report", Html.of("<script>alert(2)</script><b>bold</b>")));
        run.finish();

        for (HttpResponse<String> r : new HttpResponse[] {page("/"), page("/project", "name", "p"), page("/run", "project", "p", "id", run.id())}) {
            assertEquals(200, r.statusCode(), r.body());
            assertFalse(r.body().contains("<script>alert"), r.body());
            assertFalse(r.body().contains("<img src=x"), r.body());
        }
        String runPage = page("/run", "project", "p", "id", run.id()).body();
        assertTrue(runPage.contains("<h1>" + HOSTILE_ESCAPED + "</h1>"), runPage);
        assertTrue(runPage.contains("<tr><th>" + HOSTILE_ESCAPED + "</th><td>" + HOSTILE_ESCAPED + "</td></tr>"), "config: " + runPage);
        assertTrue(runPage.contains("<td>" + HOSTILE_ESCAPED + "</td>"), "table cell: " + runPage);
        assertTrue(runPage.contains("<img src=\"data:image/png;base64,"), "the table's picture inline");
        // logged HTML is shown, in a frame that runs no script
        assertTrue(runPage.contains("<iframe class=\"html\" sandbox=\"\" srcdoc=\"&lt;script&gt;alert(2)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;\">"), runPage);
        String projectPage = page("/project", "name", "p").body();
        assertTrue(projectPage.contains(">" + HOSTILE_ESCAPED + "</a>"), "the run's name links to it: " + projectPage);

        for (String[] q : new String[][] {{"project", "p", "id", run.id()}, {"project", "p", "metric", HOSTILE}}) {
            HttpResponse<String> svg = page("/chart.svg", q);
            assertEquals(200, svg.statusCode());
            assertEquals("image/svg+xml; charset=utf-8", svg.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("default-src 'none'; style-src 'unsafe-inline'", svg.headers().firstValue("Content-Security-Policy").orElseThrow());
            assertTrue(svg.body().contains("<svg"), svg.body());
            assertFalse(svg.body().contains("<script"), svg.body());
        }
    }

    @Test
    void runPagesShowConfigSummaryChartsAndArtifactLineage() throws Exception {
        Path data = Files.writeString(dir.resolve("train.csv"), "x,y\n1,2\n");
        Run maker = Track.init("p", Map.of("lr", 0.01, "optimizer", "adam"), new RunOptions().name("maker").live(false));
        for (int s = 0; s < 5; s++) maker.log(Map.of("loss", 1.0 / (s + 1), "acc", s / 5.0));
        maker.logArtifact(Artifact.of("data", "dataset").addFile(data), "clean");
        maker.finish();
        Files.writeString(data, "x,y\n1,2\n3,4\n");
        Run user = Track.init("p", Map.of("lr", 0.1), new RunOptions().name("user").live(false));
        user.useArtifact("data:v0");
        user.logArtifact(Artifact.of("data", "dataset").addFile(data));
        user.log(Map.of("loss", 0.9));
        user.finish();

        String runPage = page("/run", "project", "p", "id", maker.id()).body();
        assertTrue(runPage.contains("<tr><th>optimizer</th><td>adam</td></tr>"), runPage);
        assertTrue(runPage.contains("<tr><th>loss</th><td>0.2</td></tr>"), "the summary: " + runPage);
        assertTrue(runPage.contains("<span id=\"state\" class=\"state-finished\">finished</span>"), runPage);
        assertTrue(runPage.contains("<img class=\"chart\" alt=\"metrics of maker\" src=\"/chart.svg?project=p&amp;id=" + maker.id() + "\">"), runPage);
        assertTrue(runPage.contains("<a href=\"/artifact?project=p&amp;name=data\">data</a></td><td>v0</td><td>logged</td>"), runPage);
        assertTrue(runPage.contains("data-api=\"/api/run?project=p&amp;id=" + maker.id() + "\""), runPage);

        String projectPage = page("/project", "name", "p").body();
        assertTrue(projectPage.contains("src=\"/chart.svg?project=p&amp;metric=loss\""), projectPage);
        assertTrue(projectPage.contains("src=\"/chart.svg?project=p&amp;metric=acc\""), projectPage);
        assertTrue(projectPage.contains("<td><a href=\"/artifact?project=p&amp;name=data\">data</a></td><td>dataset</td><td>2</td><td>v1</td>"), projectPage);

        String artifactPage = page("/artifact", "project", "p", "name", "data").body();
        assertTrue(artifactPage.indexOf("<h2>v1</h2>") < artifactPage.indexOf("<h2>v0</h2>"), "newest first: " + artifactPage);
        String v0 = artifactPage.substring(artifactPage.indexOf("<h2>v0</h2>"));
        assertTrue(v0.contains("<tr><th>aliases</th><td>clean</td></tr>"), v0);
        assertTrue(v0.contains("<tr><th>logged by</th><td><a href=\"/run?project=p&amp;id=" + maker.id() + "\">maker</a></td></tr>"), v0);
        assertTrue(v0.contains("<tr><th>used by</th><td><a href=\"/run?project=p&amp;id=" + user.id() + "\">user</a></td></tr>"), v0);
        assertTrue(v0.contains("<td>train.csv</td><td>" + Track.artifact("p", "data:v0").files().get("train.csv") + "</td><td>8</td>"), v0);
    }

    @Test
    void theJsonChangesWhenALiveRunCommits() throws Exception {
        Run run = Track.init("live", Map.of("lr", 0.1), new RunOptions().name("live-run").live(false));
        run.log(Map.of("loss", 1.0));
        run.flush();
        HttpResponse<String> r = page("/api/run", "project", "live", "id", run.id());
        assertEquals(200, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
        JsonObject before = JsonParser.parseString(r.body()).getAsJsonObject();
        assertEquals("running", before.get("state").getAsString());
        assertEquals("live-run", before.get("name").getAsString());
        assertEquals(1.0, before.getAsJsonObject("summary").get("loss").getAsDouble());
        Thread.sleep(5);                                 // a later millisecond for the next commit
        run.log(Map.of("loss", Double.NaN));
        run.finish();
        JsonObject after = JsonParser.parseString(page("/api/run", "project", "live", "id", run.id()).body()).getAsJsonObject();
        assertEquals("finished", after.get("state").getAsString());
        assertNotEquals(before.get("updated").getAsLong(), after.get("updated").getAsLong());
        assertTrue(after.getAsJsonObject("summary").get("loss").isJsonNull(), "NaN is null in JSON");
        JsonObject project = JsonParser.parseString(page("/api/project", "name", "live").body()).getAsJsonObject();
        assertEquals(1, project.get("runs").getAsInt());
        assertEquals(0, project.get("running").getAsInt());
        assertEquals(after.get("updated").getAsLong(), project.get("updated").getAsLong());
    }

    @Test
    void longCurvesAreThinnedKeepingTheirSpikesAndLastPoint() {
        int n = 10_001;
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i == 4321 ? 100 : i == 777 ? -5 : i % 2;
        }
        torch4j.track.Chart.Series s = Pages.thin(new torch4j.track.Chart.Series("run", x, y), 1000);
        assertTrue(s.x().length <= 1001, "points: " + s.x().length);
        assertEquals(100.0, java.util.Arrays.stream(s.y()).max().orElseThrow(), "the spike up is kept");
        assertEquals(-5.0, java.util.Arrays.stream(s.y()).min().orElseThrow(), "the spike down is kept");
        assertEquals(10_000.0, s.x()[s.x().length - 1], "the last step is kept");
        for (int i = 1; i < s.x().length; i++) assertTrue(s.x()[i] > s.x()[i - 1], "steps in order");
        torch4j.track.Chart.Series few = new torch4j.track.Chart.Series("run", new double[] {0, 1}, new double[] {1, 2});
        assertTrue(few == Pages.thin(few, 1000), "short curves are drawn as they are");
    }

    @Test
    void jsonEscapesTextSoItIsSafeInHtmlToo() {
        assertEquals("{\"a\\\"b\":\"\\u003c/script\\u003e\\n\",\"n\":null,\"x\":1.5,\"m\":{\"t\":true}}",
                Json.write(new java.util.LinkedHashMap<>(Map.of()) {{
                    put("a\"b", "</script>\n");
                    put("n", Double.POSITIVE_INFINITY);
                    put("x", 1.5);
                    put("m", Map.of("t", true));
                }}));
        assertNull(Dashboard.query("").get("x"));
        assertEquals("a b&c", Dashboard.query("x=a+b%26c&x=second").get("x"));
    }
}
