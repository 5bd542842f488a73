# Lesson 19 (a small LSTM and a small Transformer encoder) in PyTorch 1.13: the numbers
# tutorials/19-rnn-transformer.jsh prints.
import math

import torch
import torch.nn as nn

torch.manual_seed(0)


def b(flag):  # a tensor's truth as Python's bool, as the lesson's Java prints it
    return bool(flag)


# 1. an LSTM's inputs and outputs
lstm = nn.LSTM(input_size=4, hidden_size=8, num_layers=2, batch_first=True)
print(lstm)
for name, p in lstm.named_parameters():
    print(name, p.shape)
x = torch.randn(3, 5, 4)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
print("last output is the top layer's h_n:", b(torch.equal(out[:, -1], h[-1])))


# 2. an LSTM learns to turn a sine wave into a cosine
class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 16, batch_first=True)
        self.head = nn.Linear(16, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out)


model = Regressor()
optimizer = torch.optim.Adam(model.parameters(), lr=0.02)
mse = nn.MSELoss()
offsets = torch.linspace(0, 2 * math.pi, 20)
for step in range(80):
    t = torch.rand(16, 1) * 2 * math.pi + offsets
    x, y = torch.sin(t).unsqueeze(-1), torch.cos(t).unsqueeze(-1)
    loss = mse(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step % 20 == 19:
        print(f"step {step + 1}: loss {loss.item():.4f}")

# 3. attention: every position looks at every other
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2)
q = torch.randn(4, 1, 8)  # (sequence, batch, features)
out, weights = mha(q, q, q)
print(out.shape, weights.shape)
print(weights)
print("each row sums to 1:", b(torch.allclose(weights.sum(-1), torch.ones(1, 4))))
mask = nn.Transformer.generate_square_subsequent_mask(4)
print(mask)
out, weights = mha(q, q, q, attn_mask=mask)
print(weights)


# 4. a Transformer encoder decides: more 1s than 2s?
def make(n):
    x = torch.randint(0, 5, (n, 10))
    return x, ((x == 1).sum(1) > (x == 2).sum(1)).long()


x_train, y_train = make(256)
x_test, y_test = make(128)


class Counter(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(5, 16)
        layer = nn.TransformerEncoderLayer(d_model=16, nhead=2, dim_feedforward=32, dropout=0.1, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=2)
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        return self.fc(self.encoder(self.embedding(x)).mean(1))


model = Counter()
print(sum(p.numel() for p in model.parameters()), "parameters")
optimizer = torch.optim.Adam(model.parameters(), lr=0.005)
criterion = nn.CrossEntropyLoss()
for step in range(64):
    i = (step % 8) * 32
    loss = criterion(model(x_train[i:i + 32]), y_train[i:i + 32])
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step % 8 == 7:
        print(f"step {step + 1}: loss {loss.item():.4f}")
model.eval()
with torch.no_grad():
    accuracy = (model(x_test).argmax(1) == y_test).float().mean().item()
print(f"test accuracy {accuracy:.4f}")
