"""The Transformer lesson in real PyTorch 1.13: a tiny encoder (Embedding, sinusoidal positional
encoding, 2-layer TransformerEncoder, mean over the sequence, Linear) learns whether a sequence of
tokens contains a 3, with CrossEntropyLoss and Adam, seeded. TransformerLessonTest transliterates
it line by line. Run with /usr/bin/python3; writes transformer_lesson.json next to this file."""
import json, math, os
import torch, torch.nn as nn

VOCAB, D_MODEL, NHEAD, CLASSES, SEQ, BATCH = 10, 16, 2, 2, 8, 16


class PositionalEncoding(nn.Module):
    def __init__(self, d_model, max_len=64, dropout=0.1):
        super().__init__()
        self.dropout = nn.Dropout(p=dropout)
        position = torch.arange(max_len).unsqueeze(1)
        div_term = torch.exp(torch.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
        pe = torch.zeros(max_len, 1, d_model)
        pe[:, 0, 0::2] = torch.sin(position * div_term)
        pe[:, 0, 1::2] = torch.cos(position * div_term)
        self.register_buffer('pe', pe)

    def forward(self, x):
        x = x + self.pe[:x.size(0)]
        return self.dropout(x)


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(VOCAB, D_MODEL)
        self.pos_encoder = PositionalEncoding(D_MODEL)
        layer = nn.TransformerEncoderLayer(D_MODEL, NHEAD, dim_feedforward=32, dropout=0.1)
        self.encoder = nn.TransformerEncoder(layer, num_layers=2)
        self.fc = nn.Linear(D_MODEL, CLASSES)

    def forward(self, src):
        x = self.embedding(src) * math.sqrt(D_MODEL)
        x = self.pos_encoder(x)
        x = self.encoder(x)
        return self.fc(x.mean(dim=0))


torch.manual_seed(0)
x = torch.randint(1, VOCAB, (64, SEQ))
y = (x == 3).any(dim=1).long()
model = Classifier()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
printed = [repr(model)]
for name, p in model.named_parameters():
    printed.append(f"{name} {tuple(p.shape)}")
losses = []
for step in range(12):
    start = (step % 4) * BATCH
    xb = x[start:start + BATCH].t()
    out = model(xb)
    loss = criterion(out, y[start:start + BATCH])
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    losses.append(loss.item())
    printed.append(f"step {step}: loss {loss.item():.4f}")
model.eval()
with torch.no_grad():
    accuracy = (model(x.t()).argmax(1) == y).float().mean().item()
printed.append(f"accuracy {accuracy:.4f}")

result = {"torch": torch.__version__, "printed": printed, "losses": [float(l).hex() for l in losses],
          "state_dict": list(model.state_dict().keys()),
          "fc_weight": [float(v).hex() for v in model.fc.weight.detach().reshape(-1).tolist()]}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "transformer_lesson.json"), "w") as fh:
    json.dump(result, fh, indent=1)
print("\n".join(printed[-14:]))
