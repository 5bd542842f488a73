# Lesson 12 (is this number greater than 8?) in PyTorch 1.13: the numbers tutorials/12-greater-than-8.jsh prints.
import os
import tempfile

import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(42)


class Args:
    batch_size, lr, epochs = 1, 0.001, 10
    data_train = [-2, -1, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 18, 20]
    data_val = [15, 16, 17, 0.1, -3, -4]


args = Args()


class Net(nn.Module):
    def __init__(self, in_dim, n_hidden_1, n_hidden_2, out_dim):
        super().__init__()
        self.layer1 = nn.Sequential(nn.Linear(in_dim, n_hidden_1), nn.ReLU(True))
        self.layer2 = nn.Sequential(nn.Linear(n_hidden_1, n_hidden_2), nn.ReLU(True))
        self.layer3 = nn.Sequential(nn.Linear(n_hidden_2, out_dim))

    def forward(self, x):
        return self.layer3(self.layer2(self.layer1(x)))


class Numbers(Dataset):
    def __init__(self, flag):
        assert flag in ("train", "val")
        self.data = args.data_train if flag == "train" else args.data_val

    def __getitem__(self, i):
        value = self.data[i]
        label = 1 if value > 8 else 0
        return torch.tensor(label, dtype=torch.long), torch.tensor([value], dtype=torch.float32)

    def __len__(self):
        return len(self.data)


model_path = os.path.join(tempfile.mkdtemp(), "model.pt")

train_loader = DataLoader(Numbers("train"), batch_size=args.batch_size, shuffle=True)
val_loader = DataLoader(Numbers("val"), batch_size=args.batch_size, shuffle=True)
model = Net(1, 32, 16, 2)
print(model)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
train_epochs_loss, valid_epochs_loss = [], []
for epoch in range(args.epochs):
    model.train()
    losses, correct, seen = [], 0, 0
    for label, inputs in train_loader:
        outputs = model(inputs)
        loss = criterion(outputs, label)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        correct += (outputs.argmax(dim=1) == label).sum().item()
        seen += label.size(0)
    train_epochs_loss.append(sum(losses) / len(losses))
    print(f"epoch {epoch}: train acc {100 * correct / seen:.2f}% loss {train_epochs_loss[-1]:.4f}")

    model.eval()
    with torch.no_grad():
        losses, correct, seen = [], 0, 0
        for label, inputs in val_loader:
            outputs = model(inputs)
            losses.append(criterion(outputs, label).item())
            correct += (outputs.argmax(dim=1) == label).sum().item()
            seen += label.size(0)
    valid_epochs_loss.append(sum(losses) / len(losses))
    print(f"epoch {epoch}: valid acc {100 * correct / seen:.2f}% loss {valid_epochs_loss[-1]:.4f}")
torch.save(model.state_dict(), model_path)


def pred(value):
    model = Net(1, 32, 16, 2)
    model.load_state_dict(torch.load(model_path))
    model.eval()
    x = torch.tensor(value).reshape(1, -1).float()
    out = model(x)
    label = out.argmax(dim=1).item()
    print(f"predicted label {label}: {x.item()} {'>' if label == 1 else '<='} 8")


pred(24)
pred(3.14)
pred(7.8)
