# Lesson 15 (a CNN on scikit-learn's 8x8 digits) in PyTorch 1.13: the numbers tutorials/15-cnn-digits.jsh prints.
import torch
import torch.nn as nn
from sklearn.datasets import load_digits
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
digits = load_digits()
images = torch.tensor(digits.images, dtype=torch.float32).div(16).unsqueeze(1)
labels = torch.tensor(digits.target)
print(images.shape, labels.shape, labels[:10])

train_set, test_set = random_split(TensorDataset(images, labels), [1437, 360], generator=torch.Generator().manual_seed(0))
print(len(train_set), len(test_set))
train_loader = DataLoader(train_set, batch_size=64, shuffle=True)
test_loader = DataLoader(test_set, batch_size=360)

model = nn.Sequential(
    nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(32 * 2 * 2, 10))
print(model)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
criterion = nn.CrossEntropyLoss()


def evaluate():
    model.eval()
    correct = 0
    with torch.no_grad():
        for x, y in test_loader:
            correct += (model(x).argmax(1) == y).sum().item()
    model.train()
    return correct / len(test_set)


for epoch in range(6):
    total = 0.0
    for x, y in train_loader:
        loss = criterion(model(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.item() * len(y)
    print(f"epoch {epoch}: train loss {total / len(train_set):.3f} test accuracy {evaluate():.3f}")

x, y = next(iter(test_loader))
with torch.no_grad():
    predicted = model(x).argmax(1)
print("predicted", predicted[:12])
print("true     ", y[:12])
