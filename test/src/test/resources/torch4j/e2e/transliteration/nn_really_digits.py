# PyTorch's "What is torch.nn really?" on the 8x8 digits: logistic regression by hand, then
# nn.Module, nn.Linear, optim, TensorDataset and DataLoader, with accuracy and validation loss.
import torch
import torch.nn.functional as F
from torch import nn, optim
from torch.utils.data import TensorDataset, DataLoader
from sklearn.datasets import load_digits
digits = load_digits()
x = torch.tensor(digits.data, dtype=torch.float32) / 16
y = torch.tensor(digits.target)
x_train, y_train, x_valid, y_valid = x[:1500], y[:1500], x[1500:], y[1500:]
print(x_train.shape, y_train.shape, y_train.min(), y_train.max())
torch.manual_seed(0)
weights = torch.randn(64, 10) / 8
weights.requires_grad_()
bias = torch.zeros(10, requires_grad=True)
def log_softmax(x):
    return x - x.exp().sum(-1).log().unsqueeze(-1)
def model(xb):
    return log_softmax(xb @ weights + bias)
bs = 64
xb = x_train[0:bs]
preds = model(xb)
print(preds[0], preds.shape)
def nll(input, target):
    return -input[range(target.shape[0]), target].mean()
loss_func = nll
yb = y_train[0:bs]
print(loss_func(preds, yb))
def accuracy(out, yb):
    preds = torch.argmax(out, dim=1)
    return (preds == yb).float().mean()
print(accuracy(preds, yb))
lr = 0.5
epochs = 2
n = x_train.shape[0]
for epoch in range(epochs):
    for i in range((n - 1) // bs + 1):
        start_i = i * bs
        end_i = start_i + bs
        xb = x_train[start_i:end_i]
        yb = y_train[start_i:end_i]
        pred = model(xb)
        loss = loss_func(pred, yb)
        loss.backward()
        with torch.no_grad():
            weights -= weights.grad * lr
            bias -= bias.grad * lr
            weights.grad.zero_()
            bias.grad.zero_()
print(loss_func(model(xb), yb), accuracy(model(xb), yb))

loss_func = F.cross_entropy
class DigitsLogistic(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(64, 10)
    def forward(self, xb):
        return self.lin(xb)
model = DigitsLogistic()
print(model)
print(loss_func(model(xb), yb))
opt = optim.SGD(model.parameters(), lr=lr)
train_ds = TensorDataset(x_train, y_train)
train_dl = DataLoader(train_ds, batch_size=bs, shuffle=True)
valid_ds = TensorDataset(x_valid, y_valid)
valid_dl = DataLoader(valid_ds, batch_size=bs * 2)
print(len(train_ds), len(train_dl), len(valid_dl))
for epoch in range(5):
    model.train()
    for xb, yb in train_dl:
        pred = model(xb)
        loss = loss_func(pred, yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
    model.eval()
    with torch.no_grad():
        valid_loss = 0.0
        valid_acc = 0.0
        for xb, yb in valid_dl:
            valid_loss += loss_func(model(xb), yb).item() * len(xb)
            valid_acc += accuracy(model(xb), yb).item() * len(xb)
    print(epoch, f"{valid_loss / len(valid_ds):.4f}", f"{valid_acc / len(valid_ds):.4f}")
