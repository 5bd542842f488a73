package torch4j.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import torch4j.Tensor;
import torch4j.Torch;

/** Against both stores: SQLite files and a PostgreSQL server the test starts ({@link PgServer}). */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sqlite", "postgresql"})
class ArtifactTest {
    @Parameter String store;

    @TempDir Path dir;
    Path data;

    @BeforeEach void setUp() throws Exception {
        Track.setStore(PgServer.store(store));
        Track.setDir(dir.resolve("runs"));
        data = Files.createDirectories(dir.resolve("data/train"));
        Files.writeString(data.resolve("a.txt"), "alpha");
        Files.writeString(data.resolve("b.txt"), "beta");
        Files.writeString(dir.resolve("data/labels.csv"), "alpha");     // the same content as a.txt
    }

    @AfterEach void tearDown() {
        Track.setDir(null);
        Track.setStore(null);
    }

    private long blobCount() throws Exception {
        try (var walk = Files.walk(dir.resolve("runs/p/artifacts/blobs"))) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aHostWhoseFolderLacksTheFilesGetsThemFromASharedStore() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(store.equals("postgresql"),
                "SQLite's database lives in the folder: another folder is another store, nothing is shared");
        Run run = Track.init("p", Map.of(), new RunOptions().live(false));
        var v0 = run.logArtifact(Artifact.of("mnist", "dataset").addDir(dir.resolve("data")));
        var pic = new Table("image", "label").addData(Image.of(Torch.arange(12).reshape(3, 4).div(11.0), "ramp"), 3L);
        run.log(Map.of("cases", pic, "png", Image.of(Torch.ones(2, 2), "white")));
        run.finish();
        Track.setDir(dir.resolve("other-host"));              // a second machine: the same database, an empty folder
        var there = Track.artifact("p", "mnist:v0");
        assertEquals(v0.files(), there.files());
        assertEquals("beta", Files.readString(there.file("train/b.txt")));
        assertTrue(there.file("train/b.txt").startsWith(dir.resolve("other-host")), there.file("train/b.txt").toString());
        Table cases = (Table) Track.media("p", run.id(), "cases");
        assertEquals(((Image) pic.data().get(0).get(0)).sha256(), ((Image) cases.data().get(0).get(0)).sha256());
        assertEquals(Image.of(Torch.ones(2, 2), "white").sha256(), ((Image) Track.media("p", run.id(), "png")).sha256());
    }

    @Test
    void versionsOnlyWhenTheContentChangesAndBlobsAreShared() throws Exception {
        Run run = Track.init("p", Map.of(), new RunOptions().live(false));
        var v0 = run.logArtifact(Artifact.of("mnist", "dataset").addDir(dir.resolve("data")));
        assertEquals("v0", v0.version());
        assertEquals(List.of("labels.csv", "train/a.txt", "train/b.txt"), List.copyOf(v0.files().keySet()));
        assertEquals(v0.files().get("labels.csv"), v0.files().get("train/a.txt"));
        assertEquals(2, blobCount(), "equal contents are stored once");
        assertEquals(List.of("latest"), v0.aliases());

        // the same files added in another order: the same version
        var again = run.logArtifact(Artifact.of("mnist", "dataset").addFile(data.resolve("b.txt"), "train/b.txt")
                .addFile(dir.resolve("data/labels.csv")).addFile(data.resolve("a.txt"), "train/a.txt"));
        assertEquals("v0", again.version());
        assertEquals(1, Track.artifactVersions("p", "mnist").size());

        Files.writeString(data.resolve("b.txt"), "beta, corrected");
        var v1 = run.logArtifact(Artifact.of("mnist", "dataset").addDir(dir.resolve("data")), "clean");
        assertEquals("v1", v1.version());
        assertEquals(List.of("clean", "latest"), v1.aliases());
        assertEquals(3, blobCount());
        assertEquals(v0.files().get("train/a.txt"), v1.files().get("train/a.txt"));
        assertEquals(List.of(), Track.artifact("p", "mnist:v0").aliases(), "latest moved to v1");

        Files.writeString(data.resolve("b.txt"), "beta");                  // back to v0's content
        assertEquals("v0", run.logArtifact(Artifact.of("mnist", "dataset").addDir(dir.resolve("data"))).version());
        assertEquals("v0", Track.artifact("p", "mnist").version());
        assertEquals("v1", Track.artifact("p", "mnist:clean").version());
        assertEquals("beta, corrected", Files.readString(Track.artifact("p", "mnist:v1").file("train/b.txt")));
    }

    @Test
    void lineageNamesTheRunsThatLoggedAndUsedAVersion() {
        Run maker = Track.init("p", Map.of(), new RunOptions().id("maker").live(false));
        maker.logArtifact(Artifact.of("mnist", "dataset").addDir(data));
        Run user = Track.init("p", Map.of(), new RunOptions().id("user").live(false));
        var used = user.useArtifact("mnist:latest");
        assertEquals(List.of("maker"), used.loggedBy());
        assertEquals(List.of("user"), used.usedBy());
        user.logArtifact(Artifact.of("mnist", "dataset").addDir(data));    // the same content: also logged by user
        var v = Track.artifact("p", "mnist:v0");
        assertEquals(List.of("maker", "user"), v.loggedBy());
        assertEquals(List.of("user"), v.usedBy(), "Track.artifact reads without recording a use");
    }

    @Test
    void downloadCopiesTheFilesOnce() throws Exception {
        Run run = Track.init("p", Map.of(), new RunOptions().live(false));
        var v = run.logArtifact(Artifact.of("mnist", "dataset").addDir(data));
        Path d = v.download();
        assertEquals(dir.resolve("runs/p/artifacts/files/mnist/v0"), d);
        assertEquals("alpha", Files.readString(d.resolve("a.txt")));
        assertEquals("beta", Files.readString(d.resolve("b.txt")));
        assertEquals(d, v.download());
        Path elsewhere = v.download(dir.resolve("copy"));
        assertEquals("beta", Files.readString(elsewhere.resolve("b.txt")));
    }

    @Test
    void checkpointsAreModelArtifacts() {
        Run run = Track.init("p", Map.of(), new RunOptions().live(false));
        Torch.manualSeed(0);
        var net = new torch4j.nn.Linear(3, 2);
        var v = run.logArtifact(Artifact.of("cnn", "model").addCheckpoint("model.pt", net.stateDict()), "best");
        assertEquals("model", v.type());
        Map<String, Tensor> back = Track.init("p").useArtifact("cnn:best").load("model.pt");
        assertEquals(net.stateDict().keySet(), back.keySet());
        assertTrue(Torch.equal(net.stateDict().get("weight"), back.get("weight")));
        // the same weights again: no new version
        assertEquals("v0", Track.init("p").logArtifact(Artifact.of("cnn", "model").addCheckpoint("model.pt", net.stateDict())).version());
    }

    @Test
    void errorsSayWhatIsWrong() {
        Run run = Track.init("p", Map.of(), new RunOptions().live(false));
        run.logArtifact(Artifact.of("mnist", "dataset").addDir(data));
        assertEquals("artifact 'mnist' is of type 'dataset', not 'model'", assertThrows(IllegalArgumentException.class,
                () -> run.logArtifact(Artifact.of("mnist", "model").addDir(data))).getMessage());
        assertEquals("artifact 'mnist' has no version or alias 'v7'",
                assertThrows(IllegalArgumentException.class, () -> run.useArtifact("mnist:v7")).getMessage());
        assertEquals("no artifact named 'cifar'", assertThrows(IllegalArgumentException.class, () -> run.useArtifact("cifar")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Artifact.of("a/b", "dataset"));
        assertThrows(IllegalArgumentException.class, () -> Artifact.of("x", "dataset").addFile(data.resolve("a.txt"), "../out"));
        assertThrows(IllegalArgumentException.class, () -> run.logArtifact(Artifact.of("empty", "dataset")));
        assertThrows(IllegalArgumentException.class, () -> run.logArtifact(Artifact.of("mnist", "dataset").addDir(data), "v2"));
        assertThrows(IllegalArgumentException.class, () -> Track.artifact("p", "mnist").file("nope.txt"));
    }
}
