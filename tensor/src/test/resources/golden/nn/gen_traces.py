"""Training traces from real PyTorch 1.13 for the two lessons of study note 002 (regression on a
noisy parabola, two-cluster classification), exactly as the lesson runs them, with
torch.manual_seed(1) first. Run with /usr/bin/python3; writes traces.json next to this file."""
import json, os, warnings
import torch, torch.nn.functional as F

warnings.simplefilter("ignore")

class Net(torch.nn.Module):
    def __init__(self, n_feature, n_hidden, n_output):
        super().__init__()
        self.hidden = torch.nn.Linear(n_feature, n_hidden)
        self.out = torch.nn.Linear(n_hidden, n_output)
    def forward(self, x):
        return self.out(F.relu(self.hidden(x)))

out = {"torch": torch.__version__}

torch.manual_seed(1)
x = torch.unsqueeze(torch.linspace(-1, 1, 100), dim=1)
y = x.pow(2) + 0.2 * torch.rand(x.size())
net = Net(1, 10, 1)
optimizer = torch.optim.SGD(net.parameters(), lr=0.2)
loss_func = torch.nn.MSELoss()
losses = []
for t in range(200):
    prediction = net(x)
    loss = loss_func(prediction, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    losses.append(float(loss.item()).hex())
out["regression"] = {"losses": losses, "printed": ["Loss=%.4f" % float.fromhex(l) for l in losses[::5]],
                     "final_weight": [float(v).hex() for v in net.out.weight.detach().reshape(-1).tolist()]}

torch.manual_seed(1)
n_data = torch.ones(100, 2)
x0 = torch.normal(2 * n_data, 1)
y0 = torch.zeros(100)
x1 = torch.normal(-2 * n_data, 1)
y1 = torch.ones(100)
x = torch.cat((x0, x1), 0).type(torch.FloatTensor)
y = torch.cat((y0, y1), ).type(torch.LongTensor)
net = Net(2, 10, 2)
optimizer = torch.optim.SGD(net.parameters(), lr=0.02)
loss_func = torch.nn.CrossEntropyLoss()
losses, accuracies = [], []
for t in range(1000):
    o = net(x)
    loss = loss_func(o, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    prediction = torch.max(F.softmax(o), 1)[1]
    accuracy = float((prediction == y).sum()) / 200.
    losses.append(float(loss.item()).hex())
    accuracies.append(accuracy)
    if accuracy >= 1:
        break
out["classification"] = {"losses": losses, "accuracies": accuracies,
                         "x_head": [float(v).hex() for v in x[:3].reshape(-1).tolist()]}

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "traces.json"), "w") as fh:
    json.dump(out, fh, indent=1)
