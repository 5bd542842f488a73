# Lesson 11 (a complete training template) in PyTorch 1.13: the numbers tutorials/11-training-template.jsh prints.
import os
import random
import tempfile

import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset

# 1. seeds
seed = 42
torch.manual_seed(seed)
np.random.seed(seed)
random.seed(seed)


# 2. hyper-parameters in one place
class Args:
    epochs, learning_rate, patience = 30, 0.01, 4
    input_size, hidden_size, batch_size = 30, 40, 32
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")


args = Args()


# 3. the model
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(args.input_size, args.hidden_size), nn.ReLU(),
                                 nn.Linear(args.hidden_size, 1))

    def forward(self, x):
        return self.net(x)


# 4. early stopping: remembers the best validation loss, saves that model, counts epochs without progress
class EarlyStopping:
    def __init__(self, patience, path):
        self.patience, self.path = patience, path
        self.counter, self.best, self.stop = 0, None, False

    def __call__(self, val_loss, model):
        if self.best is None or val_loss < self.best:
            print(f"validation loss improved to {val_loss:.4f}: saving the model")
            self.best, self.counter = val_loss, 0
            torch.save(model.state_dict(), self.path)
        else:
            self.counter += 1
            print(f"early stopping counter {self.counter} of {self.patience}")
            self.stop = self.counter >= self.patience


# 5. the data: 240 noisy samples of a fixed linear rule, the first 200 to train on
features = torch.randn(240, args.input_size)
truth = torch.randn(args.input_size, 1)
targets = features @ truth + 0.5 * torch.randn(240, 1)


class RuleData(Dataset):
    def __init__(self, flag):
        assert flag in ("train", "valid")
        rows = slice(0, 200) if flag == "train" else slice(200, 240)
        self.x, self.y = features[rows], targets[rows]
        print(f"{flag}: x {tuple(self.x.shape)} y {tuple(self.y.shape)}")

    def __getitem__(self, i):
        return self.x[i], self.y[i]

    def __len__(self):
        return len(self.x)


train_loader = DataLoader(RuleData("train"), batch_size=args.batch_size, shuffle=True)
valid_loader = DataLoader(RuleData("valid"), batch_size=args.batch_size)

# 6. model, loss, optimizer
model = Model().to(args.device)
criterion = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=args.learning_rate)
best_path = os.path.join(tempfile.mkdtemp(), "best.pt")
early_stopping = EarlyStopping(args.patience, best_path)
lr_schedule = {10: 0.003, 20: 0.001}
train_losses, train_epoch_losses, valid_epoch_losses = [], [], []

# 7. train, validate, stop early, adjust the learning rate
for epoch in range(args.epochs):
    model.train()
    epoch_losses = []
    for x, y in train_loader:
        x, y = x.to(args.device), y.to(args.device)
        loss = criterion(model(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        epoch_losses.append(loss.item())
        train_losses.append(loss.item())
    train_epoch_losses.append(sum(epoch_losses) / len(epoch_losses))

    model.eval()
    with torch.no_grad():
        epoch_losses = [criterion(model(x.to(args.device)), y.to(args.device)).item() for x, y in valid_loader]
    valid_epoch_losses.append(sum(epoch_losses) / len(epoch_losses))
    print(f"epoch {epoch}: train {train_epoch_losses[-1]:.4f} valid {valid_epoch_losses[-1]:.4f}")

    early_stopping(valid_epoch_losses[-1], model)
    if early_stopping.stop:
        print("early stopping")
        break
    if epoch in lr_schedule:
        for group in optimizer.param_groups:
            group["lr"] = lr_schedule[epoch]
        print(f"learning rate now {lr_schedule[epoch]}")

# 9. predict with the best model saved
best = Model()
best.load_state_dict(torch.load(best_path))
best.eval()
with torch.no_grad():
    pred = best(features[200:203])
for p, t in zip(pred, targets[200:203]):
    print(f"predicted {p.item():.4f} true {t.item():.4f}")
