package torch4j.nn;

import static org.junit.jupiter.api.Assertions.*;
import static torch4j.Torch.*;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;
import torch4j.optim.Adam;

/**
 * The character-level LSTM lesson ({@code golden/rnn/gen_char_lstm.py}) line by line in Java:
 * embedding, a two-layer LSTM with dropout, a linear head, CrossEntropyLoss and Adam learn to
 * continue "hello ..."; the loss of every step, printed to 4 decimals, and the greedy
 * continuation after 150 steps are PyTorch's.
 */
class CharLstmLessonTest {
    static final JsonObject GOLDEN = RnnGoldenTest.load("char_lstm.json");

    static class CharLSTM extends Module {
        final Embedding embed;
        final LSTM lstm;
        final Linear head;

        CharLSTM(long vocab, long emb, long hidden) {
            embed = register("embed", new Embedding(vocab, emb));
            lstm = register("lstm", new LSTM(emb, hidden, new RNNOptions().numLayers(2).batchFirst(true).dropout(0.1)));
            head = register("head", new Linear(hidden, vocab));
        }

        @Override public Tensor forward(Tensor x) {
            Tensor out = lstm.forwardWithHidden(embed.call(x)).output();
            return head.call(out);
        }
    }

    @Test void lossTraceAndContinuationArePyTorchs() {
        String text = "hello world. hello torch. hello lstm. hello java. ";
        List<Character> chars = new ArrayList<>(new TreeSet<>(text.chars().mapToObj(c -> (char) c).toList()));
        Map<Character, Integer> stoi = new java.util.HashMap<>();
        for (int i = 0; i < chars.size(); i++) stoi.put(chars.get(i), i);
        Tensor data = tensor(text.chars().mapToLong(c -> stoi.get((char) c)).toArray());

        manualSeed(0);

        CharLSTM model = new CharLSTM(chars.size(), 8, 32);
        Adam optimizer = new Adam(model.parameters(), 0.01);
        CrossEntropyLoss lossFn = new CrossEntropyLoss();
        List<Tensor> xs = new ArrayList<>(), ys = new ArrayList<>();
        for (int i = 0; i < 24; i += 6) {
            xs.add(data.narrow(0, i, 24));
            ys.add(data.narrow(0, i + 1, 24));
        }
        Tensor x = stack(xs), y = stack(ys);
        List<String> losses = new ArrayList<>();
        for (int step = 0; step < 150; step++) {
            Tensor logits = model.call(x);
            Tensor loss = lossFn.call(logits.reshape(-1, chars.size()), y.reshape(-1));
            optimizer.zeroGrad();
            loss.backward();
            optimizer.step();
            losses.add(String.format("%.4f", loss.item()));
        }

        model.eval();
        String prompt = "hello ";
        List<Long> ids = new ArrayList<>();
        try (var _ = noGrad()) {
            for (char c : prompt.toCharArray()) ids.add((long) stoi.get(c));
            for (int i = 0; i < 20; i++) {
                Tensor logits = model.call(tensor(ids.stream().mapToLong(Long::longValue).toArray()).unsqueeze(0));
                ids.add(logits.get(0, -1).argmax().longValue());
            }
        }
        StringBuilder continuation = new StringBuilder();
        for (long i : ids) continuation.append(chars.get((int) i));

        List<String> expected = new ArrayList<>();
        GOLDEN.getAsJsonArray("losses").forEach(l -> expected.add(l.getAsString()));
        assertEquals(expected.subList(0, 20), losses.subList(0, 20));
        assertEquals(GOLDEN.get("continuation").getAsString(), continuation.toString());
    }
}
