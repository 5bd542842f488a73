"""The character-level LSTM lesson in PyTorch 1.13: embedding -> 2-layer LSTM (dropout) -> linear,
CrossEntropyLoss, Adam, learning to continue a short text. Writes char_lstm.json (the loss of every
step printed to 4 decimals, and the greedy continuation after training) next to this file.
tensor/src/test/java/torch4j/nn/CharLstmLessonTest.java is this script line by line in Java.
Run with /usr/bin/python3 (Debian's python3-torch)."""
import json, os
import torch
import torch.nn as nn

text = "hello world. hello torch. hello lstm. hello java. "
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
data = torch.tensor([stoi[c] for c in text])

torch.manual_seed(0)


class CharLSTM(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Linear(hidden, vocab)

    def forward(self, x):
        out, _ = self.lstm(self.embed(x))
        return self.head(out)


model = CharLSTM(len(chars), 8, 32)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
loss_fn = nn.CrossEntropyLoss()
x = torch.stack([data[i:i + 24] for i in range(0, 24, 6)])
y = torch.stack([data[i + 1:i + 25] for i in range(0, 24, 6)])
losses = []
for step in range(150):
    logits = model(x)
    loss = loss_fn(logits.reshape(-1, len(chars)), y.reshape(-1))
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    losses.append(f"{loss.item():.4f}")

model.eval()
prompt = "hello "
with torch.no_grad():
    ids = [stoi[c] for c in prompt]
    for _ in range(20):
        logits = model(torch.tensor([ids]))
        ids.append(int(logits[0, -1].argmax()))
continuation = "".join(chars[i] for i in ids)
print(losses[:20], losses[-1], repr(continuation))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "char_lstm.json"), "w") as f:
    json.dump({"torch": torch.__version__, "losses": losses, "continuation": continuation}, f, indent=1)
