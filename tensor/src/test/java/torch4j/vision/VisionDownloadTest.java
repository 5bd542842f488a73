package torch4j.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import torch4j.vision.datasets.MNIST;

/**
 * MNIST's download against a local HTTP server: the gzipped files are fetched from the first
 * mirror that serves them (md5 checked, redirects followed), gunzipped beside themselves and
 * read; unreachable mirrors fail within seconds with a message that says what to do.
 */
class VisionDownloadTest {
    private static HttpServer server;
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
    private static final List<String> REQUESTS = new ArrayList<>();

    /** Set before each construction: the constructor asks for them (torchvision's class attributes). */
    static volatile List<String> mirrors = List.of();
    static volatile List<MNIST.Resource> resources = List.of();

    /** MNIST with the mirrors and resources above. */
    static final class LocalMNIST extends MNIST {
        LocalMNIST(String root, boolean download) { super(root, true, null, null, download); }

        @Override protected List<String> mirrors() { return mirrors; }

        @Override protected List<Resource> resources() { return resources; }
    }

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            synchronized (REQUESTS) { REQUESTS.add(path); }
            if (path.startsWith("/moved/")) {
                exchange.getResponseHeaders().add("Location", "/good/" + path.substring("/moved/".length()));
                exchange.sendResponseHeaders(302, -1);
            } else if (path.startsWith("/good/") && FILES.containsKey(path.substring(6))) {
                byte[] body = FILES.get(path.substring(6));
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else if (path.startsWith("/corrupt/")) {
                byte[] body = "not the file".getBytes();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        server.start();
        FILES.put("train-images-idx3-ubyte.gz", gzip(VisionDatasetsGoldenTest.idxImages(7, 28, 28, 1)));
        FILES.put("train-labels-idx1-ubyte.gz", gzip(VisionDatasetsGoldenTest.idxLabels(7, 1)));
        FILES.put("t10k-images-idx3-ubyte.gz", gzip(VisionDatasetsGoldenTest.idxImages(4, 28, 28, 5)));
        FILES.put("t10k-labels-idx1-ubyte.gz", gzip(VisionDatasetsGoldenTest.idxLabels(4, 5)));
    }

    @AfterAll
    static void stop() { server.stop(0); }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(raw);
        }
        return out.toByteArray();
    }

    private static String md5(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
    }

    private static String base() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    @Test
    void downloadsFromTheFirstMirrorThatServesAndChecksTheMd5() throws Exception {
        List<MNIST.Resource> res = new ArrayList<>();
        for (String name : List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")) {
            res.add(new MNIST.Resource(name, md5(FILES.get(name))));
        }
        resources = res;
        mirrors = List.of(base() + "/missing/", base() + "/corrupt/", base() + "/moved/");
        Path root = VisionGolden.tempDir();
        LocalMNIST ds = new LocalMNIST(root.toString(), true);
        assertEquals(7, ds.size());
        assertEquals(1, ds.get(0)[1].longValue());
        Path raw = root.resolve("LocalMNIST/raw");
        assertTrue(Files.exists(raw.resolve("train-images-idx3-ubyte.gz")), "the archive is kept, as torchvision keeps it");
        assertEquals(16 + 7 * 28 * 28, Files.size(raw.resolve("train-images-idx3-ubyte")));
        try (var files = Files.list(raw)) {
            assertEquals(8, files.count(), "four archives, four IDX files, no temporary files");
        }
        // present files are not fetched again
        int before;
        synchronized (REQUESTS) { before = REQUESTS.size(); }
        new LocalMNIST(root.toString(), true);
        synchronized (REQUESTS) { assertEquals(before, REQUESTS.size()); }
    }

    @Test
    void unreachableMirrorsFailFastSayingWhatToDo() {
        resources = List.of(new MNIST.Resource("train-images-idx3-ubyte.gz", "f68b3c2dcbeaaa9fbdd348bbdeb94873"));
        // a closed port and a name that cannot resolve (.invalid is reserved, RFC 2606)
        mirrors = List.of("http://127.0.0.1:1/", "http://mnist.invalid/");
        Path root = VisionGolden.tempDir();
        long t0 = System.nanoTime();
        var e = assertThrows(UncheckedIOException.class, () -> new LocalMNIST(root.toString(), true));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 15, "gave up after " + seconds + " s");
        assertTrue(e.getMessage().startsWith("Error downloading train-images-idx3-ubyte.gz ("), e.getMessage());
        assertTrue(e.getMessage().contains("bench/fetch-mnist.sh"), e.getMessage());
        assertTrue(e.getMessage().contains(root.resolve("LocalMNIST/raw").toString()), e.getMessage());
    }

    @Test
    void withoutDownloadMissingFilesAreReported() {
        mirrors = List.of();
        resources = List.of(new MNIST.Resource("train-images-idx3-ubyte.gz", "x"));
        var e = assertThrows(UncheckedIOException.class, () -> new LocalMNIST(VisionGolden.tempDir().toString(), false));
        assertEquals("Dataset not found. You can use download=True to download it", e.getMessage());
    }
}
