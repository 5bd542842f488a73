# PyTorch's "Saving and loading models" and "What is a state_dict?" recipes: the state dicts of a
# model and its optimizer, save/load of both state dicts, and eval().
import torch
import torch.nn as nn
import torch.optim as optim
import torch.nn.functional as F
class TheModelClass(nn.Module):
    def __init__(self):
        super(TheModelClass, self).__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.pool = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)
    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = x.view(-1, 16 * 5 * 5)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x
torch.manual_seed(0)
model = TheModelClass()
optimizer = optim.SGD(model.parameters(), lr=0.001, momentum=0.9)
print("Model's state_dict:")
for param_tensor in model.state_dict():
    print(param_tensor, "\t", model.state_dict()[param_tensor].size())
print("Optimizer's state_dict:")
for var_name in optimizer.state_dict():
    print(var_name, "\t", optimizer.state_dict()[var_name])
inputs = torch.randn(4, 3, 32, 32)
labels = torch.tensor([1, 0, 3, 9])
criterion = nn.CrossEntropyLoss()
loss = criterion(model(inputs), labels)
optimizer.zero_grad()
loss.backward()
optimizer.step()
print(f"loss {loss.item():.4f}")
PATH = "/tmp/torch4j_transliteration_state_dict.pt"
torch.save(model.state_dict(), PATH)
model2 = TheModelClass()
print(model2.load_state_dict(torch.load(PATH)))
model2.eval()
print(model2.training, model2.fc1.training)
with torch.no_grad():
    print(torch.equal(model(inputs), model2(inputs)))
torch.save(optimizer.state_dict(), PATH)
optimizer2 = optim.SGD(model2.parameters(), lr=0.001, momentum=0.9)
optimizer2.load_state_dict(torch.load(PATH))
print(optimizer2)
print(list(optimizer2.state_dict().keys()))
model2.train()
print(model2.training)
print(model2.fc3.bias)
