# Lesson 16 (fine-tuning resnet18 with frozen layers and StepLR on a small ImageFolder) in
# PyTorch 1.13 / torchvision 0.14: the numbers tutorials/16-finetune.jsh prints.
import os
import tempfile

import torch
import torch.nn as nn
import torchvision
from torchvision import datasets, transforms
from torchvision.utils import save_image

torch.manual_seed(0)


# 1. a small image folder: horizontal versus vertical stripes, 16x16 RGB
def stripes(vertical):
    freq = 0.8 + 0.8 * torch.rand(1).item()
    phase = 6.28 * torch.rand(1).item()
    wave = torch.sin(torch.arange(16).float() * freq + phase) * 0.4 + 0.5
    img = wave.expand(16, 16) if vertical else wave.unsqueeze(1).expand(16, 16)
    return (img + 0.1 * torch.randn(16, 16)).clamp(0, 1).expand(3, 16, 16)


root = tempfile.mkdtemp()
for split, count in (("train", 8), ("val", 4)):
    for name in ("horizontal", "vertical"):
        os.makedirs(os.path.join(root, split, name))
        for i in range(count):
            save_image(stripes(name == "vertical"), os.path.join(root, split, name, f"{i:02d}.png"))

normalize = transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])
data = {
    "train": datasets.ImageFolder(os.path.join(root, "train"), transforms.Compose(
        [transforms.RandomHorizontalFlip(), transforms.ToTensor(), normalize])),
    "val": datasets.ImageFolder(os.path.join(root, "val"), transforms.Compose([transforms.ToTensor(), normalize])),
}
print(", ".join(data["train"].classes), len(data["train"]), len(data["val"]))
loaders = {"train": torch.utils.data.DataLoader(data["train"], batch_size=8, shuffle=True),
           "val": torch.utils.data.DataLoader(data["val"], batch_size=8)}

# 2. resnet18 as torchvision builds it, with a two-class head; freeze everything but the head
model = torchvision.models.resnet18(num_classes=2)
for p in model.parameters():
    p.requires_grad = False
for p in model.fc.parameters():
    p.requires_grad = True
print(model.fc)
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(trainable, "of", sum(p.numel() for p in model.parameters()), "parameters train")

criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.fc.parameters(), lr=0.01, momentum=0.9)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=4, gamma=0.1)

# 3. train the head, validate, step the scheduler once per epoch
for epoch in range(8):
    for phase in ("train", "val"):
        model.train() if phase == "train" else model.eval()
        total, correct = 0.0, 0
        for x, y in loaders[phase]:
            with torch.set_grad_enabled(phase == "train"):
                out = model(x)
                loss = criterion(out, y)
                if phase == "train":
                    optimizer.zero_grad()
                    loss.backward()
                    optimizer.step()
            total += loss.item() * len(y)
            correct += (out.argmax(1) == y).sum().item()
        n = len(data[phase])
        print(f"epoch {epoch} {phase}: loss {total / n:.3f} correct {correct}/{n}")
    print(f"learning rate {scheduler.get_last_lr()[0]:.4f}")
    scheduler.step()
