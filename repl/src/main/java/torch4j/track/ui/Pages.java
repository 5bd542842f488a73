package torch4j.track.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import torch4j.render.Html;
import torch4j.render.TableHtml;
import torch4j.render.TrackCharts;
import torch4j.track.ArtifactVersion;
import torch4j.track.Catalog;
import torch4j.track.Chart;
import torch4j.track.History;
import torch4j.track.Image;
import torch4j.track.RunList;
import torch4j.track.RunRecord;
import torch4j.track.Table;
import torch4j.track.Track;

/**
 * The dashboard's pages, built from the tracking store with the notebook's renderers: runs and
 * cases as {@link TableHtml} tables (a {@link Table}'s pictures inline, as {@code TrackHtml}
 * shows them), curves as {@link TrackCharts} figures in SVG. Every text from the store (run
 * names, config values, table cells, artifact paths) goes through {@link Html#escape}; logged
 * {@link torch4j.track.Html} is shown in a sandboxed frame, where its scripts do not run.
 */
final class Pages {
    private Pages() {}

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 1.5em 2em; color: #222; }
            nav { margin-bottom: 1em; color: #666; } a { color: #1f5fa8; }
            table.dataframe, table.kv { border-collapse: collapse; margin: 0.5em 0; font-size: 0.9em; }
            table.dataframe td, table.dataframe th, table.kv td, table.kv th { border: 1px solid #ccc; padding: 0.25em 0.6em; }
            table.dataframe th, table.kv th { background: #f3f3f3; text-align: left; }
            .charts img { max-width: 100%; border: 1px solid #eee; margin: 0.3em 0; background: white; }
            .compare { display: flex; flex-wrap: wrap; gap: 0.5em; } .compare img { width: 480px; }
            .state-running { color: #0a7d2c; font-weight: bold; } .state-failed { color: #b00020; }
            iframe.html { width: 100%; min-height: 12em; border: 1px solid #ccc; }
            code { background: #f5f5f5; padding: 0 0.2em; }
            """;

    /** {@code path?k1=v1&k2=v2}, the values URL-encoded (escape the result to put it in an attribute). */
    static String url(String path, String... keysAndValues) {
        StringBuilder sb = new StringBuilder(path);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            sb.append(i == 0 ? '?' : '&').append(keysAndValues[i]).append('=')
                    .append(URLEncoder.encode(keysAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    static String link(String text, String path, String... keysAndValues) {
        return "<a href=\"" + Html.escape(url(path, keysAndValues)) + "\">" + Html.escape(text) + "</a>";
    }

    /** A whole page: {@code api} is the JSON the page's script polls to redraw its charts, or null. */
    static String page(String title, String nav, String body, String api, long updated) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + Html.escape(title) + " · torch4j track</title><style>"
                + STYLE + "</style><script src=\"/app.js\" defer></script></head><body"
                + (api == null ? "" : " data-api=\"" + Html.escape(api) + "\" data-updated=\"" + updated + "\"") + ">\n<nav>"
                + link("torch4j track", "/") + nav + "</nav>\n" + body + "\n</body></html>\n";
    }

    /** The projects under the folder, with their number of runs and last update. */
    static String projects(Path dir) {
        List<String> names = Catalog.projects(dir);
        StringBuilder sb = new StringBuilder("<h1>Projects</h1>\n<p>in <code>" + Html.escape(dir.toAbsolutePath().toString()) + "</code></p>\n");
        if (names.isEmpty()) {
            sb.append("<p>No projects yet: <code>Track.init(\"project\", config)</code> starts one.</p>");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (String p : names) {
                RunList runs = Track.runs(p);
                long running = runs.stream().filter(r -> r.state().equals("running")).count();
                rows.add(List.of(link(p, "/project", "name", p), Integer.toString(runs.size()), Long.toString(running),
                        runs.stream().map(RunRecord::updated).max(Instant::compareTo).map(TIME::format).orElse("")));
            }
            sb.append(TableHtml.renderHtml(null, List.of("project", "runs", "running", "last update"), rows.size(),
                    (r, c) -> rows.get(r).get(c)));
        }
        return page("projects", "", sb.toString(), null, 0);
    }

    /** A project: its runs (config and summary columns), one chart per metric comparing them, its artifacts. */
    static String project(String project) {
        RunList runs = Track.runs(project);
        List<List<String>> rows = runs.rows();
        StringBuilder sb = new StringBuilder("<h1>" + Html.escape(project) + "</h1>\n<h2>Runs</h2>\n");
        sb.append(TableHtml.renderHtml(null, rows.getFirst(), rows.size() - 1, (r, c) -> {
            String v = rows.get(r + 1).get(c);
            if (c == 1) return link(v, "/run", "project", project, "id", rows.get(r + 1).getFirst());
            return c == 2 ? "<span class=\"state-" + Html.escape(v) + "\">" + Html.escape(v) + "</span>" : Html.escape(v);
        }));
        SequencedSet<String> metrics = new LinkedHashSet<>();
        for (RunRecord r : runs) metrics.addAll(Catalog.metrics(project, r.id()));
        if (!metrics.isEmpty()) {
            sb.append("\n<h2>Charts</h2>\n<div class=\"charts compare\">");
            for (String m : metrics) {
                sb.append("<img class=\"chart\" alt=\"").append(Html.escape(m)).append("\" src=\"")
                        .append(Html.escape(url("/chart.svg", "project", project, "metric", m))).append("\">");
            }
            sb.append("</div>");
        }
        List<String> artifacts = Catalog.artifacts(project);
        if (!artifacts.isEmpty()) {
            sb.append("\n<h2>Artifacts</h2>\n");
            List<List<String>> arows = new ArrayList<>();
            for (String a : artifacts) {
                List<ArtifactVersion> vs = Track.artifactVersions(project, a);
                arows.add(List.of(link(a, "/artifact", "project", project, "name", a), Html.escape(vs.getLast().type()),
                        Integer.toString(vs.size()), Html.escape(vs.getLast().version())));
            }
            sb.append(TableHtml.renderHtml(null, List.of("artifact", "type", "versions", "latest"), arows.size(), (r, c) -> arows.get(r).get(c)));
        }
        long updated = runs.stream().mapToLong(r -> r.updated().toEpochMilli()).max().orElse(0);
        return page(project, " / " + Html.escape(project), sb.toString(), url("/api/project", "name", project), updated);
    }

    /** A run: what it is, its config and summary, its curves (redrawn while it runs), its media and artifacts. */
    static String run(String project, String id) {
        RunRecord r = Track.run(project, id);
        StringBuilder sb = new StringBuilder("<h1>" + Html.escape(r.name()) + "</h1>\n");
        List<String[]> about = new ArrayList<>();
        about.add(new String[] {"id", Html.escape(r.id())});
        about.add(new String[] {"state", "<span id=\"state\" class=\"state-" + Html.escape(r.state()) + "\">" + Html.escape(r.state()) + "</span>"});
        if (!r.tags().isEmpty()) about.add(new String[] {"tags", Html.escape(String.join(", ", r.tags()))});
        if (r.notes() != null) about.add(new String[] {"notes", Html.escape(r.notes())});
        if (r.seed() != null) about.add(new String[] {"seed", r.seed().toString()});
        if (r.gitCommit() != null) about.add(new String[] {"git commit", "<code>" + Html.escape(r.gitCommit()) + "</code>"});
        about.add(new String[] {"started", TIME.format(r.created())});
        about.add(new String[] {"last update", "<span id=\"updated\">" + TIME.format(r.updated()) + "</span>"});
        sb.append(keyValues(about));
        sb.append("\n<h2>Config</h2>\n").append(keyValues(escaped(r.config())));
        sb.append("\n<h2>Summary</h2>\n").append(keyValues(escaped(r.summary())));
        if (!Catalog.metrics(project, id).isEmpty()) {
            sb.append("\n<h2>Charts</h2>\n<div class=\"charts\"><img class=\"chart\" alt=\"metrics of ").append(Html.escape(r.name()))
                    .append("\" src=\"").append(Html.escape(url("/chart.svg", "project", project, "id", id))).append("\"></div>");
        }
        for (Catalog.Media m : Catalog.media(project, id)) {
            sb.append("\n<h2>").append(Html.escape(m.key())).append(" <small>(step ").append(m.step()).append(")</small></h2>\n");
            sb.append(media(Track.media(project, id, m.key())));
        }
        List<Catalog.Lineage> lineage = Catalog.lineage(project, id);
        if (!lineage.isEmpty()) {
            sb.append("\n<h2>Artifacts</h2>\n");
            sb.append(TableHtml.renderHtml(null, List.of("artifact", "version", "role"), lineage.size(), (row, c) -> {
                Catalog.Lineage l = lineage.get(row);
                return switch (c) {
                    case 0 -> link(l.name(), "/artifact", "project", project, "name", l.name());
                    case 1 -> "v" + l.version();
                    default -> Html.escape(l.role());
                };
            }));
        }
        String nav = " / " + link(project, "/project", "name", project) + " / " + Html.escape(r.name());
        return page(r.name(), nav, sb.toString(), url("/api/run", "project", project, "id", id), r.updated().toEpochMilli());
    }

    /** A logged table (its pictures inline), image, or HTML (in a frame that runs no script). */
    static String media(Object m) {
        return switch (m) {
            case Table t -> TableHtml.renderHtml(null, t.columns(), t.size(), (r, c) -> cell(t.data().get(r).get(c)));
            case Image i -> cell(i);
            case torch4j.track.Html h -> "<iframe class=\"html\" sandbox=\"\" srcdoc=\"" + Html.escape(h.html()) + "\"></iframe>";
            case null -> "";
            default -> Html.escape(String.valueOf(m));
        };
    }

    private static String cell(Object v) {
        if (v instanceof Image i) {
            String img = "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(i.png()) + "\" width=\""
                    + Math.max(i.width(), 56) + "\" style=\"image-rendering: pixelated\" alt=\"" + Html.escape(i.caption()) + "\">";
            return i.caption() == null ? img : img + "<br>" + Html.escape(i.caption());
        }
        return Html.escape(String.valueOf(v));
    }

    /** Artifact {@code name}: each version with its aliases, files and lineage (the runs that logged and used it). */
    static String artifact(String project, String name) {
        List<ArtifactVersion> versions = Track.artifactVersions(project, name);
        if (versions.isEmpty()) throw new IllegalArgumentException("no artifact named '" + name + "' in project '" + project + "'");
        Map<String, String> runNames = new HashMap<>();
        for (RunRecord r : Track.runs(project)) runNames.put(r.id(), r.name());
        StringBuilder sb = new StringBuilder("<h1>" + Html.escape(name) + " <small>(" + Html.escape(versions.getFirst().type()) + ")</small></h1>\n");
        for (ArtifactVersion v : versions.reversed()) {
            sb.append("\n<h2>").append(Html.escape(v.version())).append("</h2>\n");
            List<String[]> about = new ArrayList<>();
            if (!v.aliases().isEmpty()) about.add(new String[] {"aliases", Html.escape(String.join(", ", v.aliases()))});
            about.add(new String[] {"digest", "<code>" + Html.escape(v.digest()) + "</code>"});
            about.add(new String[] {"logged by", runLinks(project, v.loggedBy(), runNames)});
            about.add(new String[] {"used by", runLinks(project, v.usedBy(), runNames)});
            sb.append(keyValues(about));
            List<String> paths = List.copyOf(v.files().keySet());
            sb.append(TableHtml.render(null, List.of("file", "sha256", "bytes"), paths.size(), (r, c) -> switch (c) {
                case 0 -> paths.get(r);
                case 1 -> v.files().get(paths.get(r));
                default -> size(v.file(paths.get(r)));
            }));
        }
        String nav = " / " + link(project, "/project", "name", project) + " / " + Html.escape(name);
        return page(name, nav, sb.toString(), null, 0);
    }

    private static String size(Path p) {
        try {
            return Long.toString(Files.size(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String runLinks(String project, List<String> ids, Map<String, String> names) {
        List<String> links = new ArrayList<>();
        for (String id : ids) links.add(link(names.getOrDefault(id, id), "/run", "project", project, "id", id));
        return links.isEmpty() ? "—" : String.join(", ", links);
    }

    private static List<String[]> escaped(Map<String, Object> map) {
        List<String[]> out = new ArrayList<>();
        map.forEach((k, v) -> out.add(new String[] {Html.escape(k), Html.escape(String.valueOf(v))}));
        return out;
    }

    /** A two-column table of (escaped) names and (escaped) values. */
    private static String keyValues(List<String[]> rows) {
        if (rows.isEmpty()) return "<p>—</p>";
        StringBuilder sb = new StringBuilder("<table class=\"kv\"><tbody>");
        for (String[] r : rows) sb.append("<tr><th>").append(r[0]).append("</th><td>").append(r[1]).append("</td></tr>");
        return sb.append("</tbody></table>").toString();
    }

    /** The run's curves ({@code id} given) or every run's {@code metric}, as an SVG document; null when there are none. */
    static String chartSvg(String project, String id, String metric) {
        Chart chart;
        if (metric != null) {
            chart = Track.compare(project, metric, id == null ? new String[0] : new String[] {id});
        } else {
            RunRecord r = Track.run(project, id);
            List<Chart.Panel> panels = new ArrayList<>();
            for (String m : Catalog.metrics(project, id)) {
                History h = Track.history(project, id, m);
                double[] x = new double[h.size()];
                for (int i = 0; i < x.length; i++) x[i] = h.steps()[i];
                panels.add(new Chart.Panel(m, List.of(new Chart.Series(r.name(), x, h.values()))));
            }
            if (panels.isEmpty()) return null;
            chart = new Chart(r.name(), panels);
        }
        List<Chart.Panel> thinned = new ArrayList<>();
        for (Chart.Panel p : chart.panels()) {
            thinned.add(new Chart.Panel(p.metric(), p.xlabel(), p.series().stream().map(s -> thin(s, MAX_POINTS)).toList()));
        }
        return TrackCharts.figure(new Chart(chart.title(), thinned)).toSvg();
    }

    /** The most points a line is drawn with: a long run's 100,000 steps would make a slow, heavy SVG for no visible gain. */
    static final int MAX_POINTS = 2000;

    /**
     * {@code s} with at most about {@code max} points: the steps cut into {@code max / 2} runs, each
     * drawn by its lowest and highest value in step order, so spikes stay visible (every k-th point would drop them).
     */
    static Chart.Series thin(Chart.Series s, int max) {
        int n = s.x().length;
        if (n <= max) return s;
        int buckets = max / 2;
        double[] x = new double[2 * buckets + 1], y = new double[2 * buckets + 1];
        int k = 0;
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets), to = (int) ((long) (b + 1) * n / buckets);
            int lo = from, hi = from;
            for (int i = from; i < to; i++) {
                double v = s.y()[i];
                if (Double.isNaN(v)) continue;                  // a NaN (a diverged loss) is not drawn anyway
                if (Double.isNaN(s.y()[lo]) || v < s.y()[lo]) lo = i;
                if (Double.isNaN(s.y()[hi]) || v > s.y()[hi]) hi = i;
            }
            int first = Math.min(lo, hi), second = Math.max(lo, hi);
            x[k] = s.x()[first];
            y[k++] = s.y()[first];
            if (second != first) {
                x[k] = s.x()[second];
                y[k++] = s.y()[second];
            }
        }
        if (x[k - 1] != s.x()[n - 1]) {                     // the last point, where a live run is now
            x[k] = s.x()[n - 1];
            y[k++] = s.y()[n - 1];
        }
        return new Chart.Series(s.label(), java.util.Arrays.copyOf(x, k), java.util.Arrays.copyOf(y, k), s.points());
    }
}
