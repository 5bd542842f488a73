package torch4j.nn;

import static org.junit.jupiter.api.Assertions.*;
import static torch4j.Torch.*;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.optim.Adam;

/**
 * The Transformer lesson ({@code golden/nn/gen_transformer_lesson.py}) transliterated line by
 * line: a tiny encoder learns whether a token sequence contains a 3. Its repr, parameter list,
 * first twelve losses (4 decimals) and accuracy print what PyTorch 1.13 prints.
 */
class TransformerLessonTest {
    static final JsonObject GOLDEN = NnGolden.load("transformer_lesson.json");
    static final long VOCAB = 10, D_MODEL = 16, NHEAD = 2, CLASSES = 2, SEQ = 8, BATCH = 16;

    static class PositionalEncoding extends Module {
        final Dropout dropout;

        PositionalEncoding(long dModel) { this(dModel, 64, 0.1); }

        PositionalEncoding(long dModel, long maxLen, double dropout) {
            this.dropout = register("dropout", new Dropout(dropout));
            Tensor position = arange(maxLen).unsqueeze(1);
            Tensor divTerm = arange(0, dModel, 2).mul(-Math.log(10000.0) / dModel).exp();
            Tensor pe = zeros(maxLen, 1, dModel);
            pe.set(":, 0, 0::2", position.mul(divTerm).sin());
            pe.set(":, 0, 1::2", position.mul(divTerm).cos());
            registerBuffer("pe", pe);
        }

        @Override public Tensor forward(Tensor x) {
            x = x.add(getBuffer("pe").get(":" + x.size(0)));
            return dropout.call(x);
        }
    }

    static class Classifier extends Module {
        final Embedding embedding;
        final PositionalEncoding posEncoder;
        final TransformerEncoder encoder;
        final Linear fc;

        Classifier() {
            embedding = register("embedding", new Embedding(VOCAB, D_MODEL));
            posEncoder = register("pos_encoder", new PositionalEncoding(D_MODEL));
            var layer = new TransformerEncoderLayer(D_MODEL, NHEAD, 32, 0.1);
            encoder = register("encoder", new TransformerEncoder(layer, 2));
            fc = register("fc", new Linear(D_MODEL, CLASSES));
        }

        @Override public Tensor forward(Tensor src) {
            Tensor x = embedding.call(src).mul(Math.sqrt(D_MODEL));
            x = posEncoder.call(x);
            x = encoder.call(x);
            return fc.call(x.mean(0));
        }
    }

    @Test void lessonPrintsPyTorchsModelLossesAndAccuracy() {
        manualSeed(0);
        Tensor x = randint(1, VOCAB, 64, SEQ);
        Tensor y = x.eq(3L).any(1).toLong();
        Classifier model = new Classifier();
        CrossEntropyLoss criterion = new CrossEntropyLoss();
        Adam optimizer = new Adam(model.parameters(), 0.01);
        List<String> printed = new ArrayList<>();
        printed.add(model.toString());
        for (var e : model.namedParameters().entrySet())
            printed.add(e.getKey() + " " + tuple(e.getValue().shape().toLongArray()));
        for (int step = 0; step < 12; step++) {
            long start = (step % 4) * BATCH;
            Tensor xb = x.get(start + ":" + (start + BATCH)).t();
            Tensor out = model.call(xb);
            Tensor loss = criterion.call(out, y.get(start + ":" + (start + BATCH)));
            optimizer.zeroGrad();
            loss.backward();
            optimizer.step();
            printed.add(String.format("step %d: loss %.4f", step, loss.item()));
        }
        model.eval();
        double accuracy;
        try (var _ = noGrad()) {
            accuracy = model.call(x.t()).argmax(1).eq(y).toFloat().mean().item();
        }
        printed.add(String.format("accuracy %.4f", accuracy));

        List<String> expected = new ArrayList<>();
        GOLDEN.getAsJsonArray("printed").forEach(p -> expected.add(p.getAsString()));
        assertEquals(expected, printed);
        List<String> keys = new ArrayList<>();
        GOLDEN.getAsJsonArray("state_dict").forEach(k -> keys.add(k.getAsString()));
        assertEquals(keys, List.copyOf(model.stateDict().keySet()));
        double[] w = model.fc.weight.detach().toDoubleArray();
        var golden = GOLDEN.getAsJsonArray("fc_weight");
        for (int i = 0; i < w.length; i++) assertEquals(NnGolden.parse(golden.get(i).getAsString()), w[i], 1e-4, "fc.weight " + i);
    }

    /** Python's repr of a shape tuple: {@code (10, 16)}, {@code (2,)}. */
    static String tuple(long[] s) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < s.length; i++) b.append(i > 0 ? ", " : "").append(s[i]);
        return b.append(s.length == 1 ? ",)" : ")").toString();
    }
}
