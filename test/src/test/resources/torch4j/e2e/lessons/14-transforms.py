# Lesson 14 (image transforms; float -> uint8 with +0.5) in PyTorch 1.13 / torchvision 0.14:
# the numbers tutorials/14-transforms.jsh prints.
import os
import tempfile

import torch
from PIL import Image
from torchvision import transforms
from torchvision.utils import save_image

torch.manual_seed(0)


def b(flag):  # a tensor's truth as Python's bool, as the lesson's Java prints it
    return bool(flag)


pixels = torch.randint(0, 256, (4, 6, 3), dtype=torch.uint8)  # height, width, channels
img = transforms.ToPILImage()(pixels.permute(2, 0, 1))
print("image", img.width, "x", img.height)

x = transforms.ToTensor()(img)
print(x.shape, x.dtype)
print(x[0])
print("same as permute + div(255):", b(torch.equal(x, pixels.permute(2, 0, 1).float().div(255))))

norm = transforms.Normalize(mean=[0.5, 0.5, 0.5], std=[0.5, 0.5, 0.5])
y = norm(x)
print(y[0])
print("in [-1, 1]:", b(y.min().item() >= -1 and y.max().item() <= 1), "same as sub(0.5).div(0.5):", b(torch.equal(y, x.sub(0.5).div(0.5))))

pipeline = transforms.Compose([transforms.ToTensor(), transforms.Resize([2, 3]), norm])
print(pipeline)
print(pipeline(img)[0])

print(torch.tensor(1.9).to(torch.uint8), torch.tensor(2.5).to(torch.uint8))
restored = y.mul(0.5).add(0.5)  # undo Normalize, as before saving an image
scaled = restored.mul(255)
truncated = scaled.to(torch.uint8)
rounded = scaled.add(0.5).clamp(0, 255).to(torch.uint8)
print("truncated wrong:", (truncated != pixels.permute(2, 0, 1)).sum().item(), "of", pixels.numel())
print("rounded wrong:", (rounded != pixels.permute(2, 0, 1)).sum().item(), "of", pixels.numel())

path = os.path.join(tempfile.mkdtemp(), "img.png")
save_image(x, path)
print("saved and read back unchanged:", b(torch.equal(transforms.ToTensor()(Image.open(path)), x)))

augment = transforms.Compose([transforms.RandomHorizontalFlip(p=0.5), transforms.RandomRotation(30),
                              transforms.ColorJitter(brightness=0.5)])
rows, cols = torch.linspace(0, 1, 32).unsqueeze(1), torch.linspace(0, 1, 48)
picture = torch.stack([rows * cols, cols.expand(32, 48), rows.expand(32, 48)])
for i in range(3):
    means = augment(picture).mean(dim=(1, 2))
    print("channel means", " ".join(f"{m:.3f}" for m in means.tolist()))
