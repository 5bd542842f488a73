import torch, torch.nn as nn, torch.nn.functional as F
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(1, 10)
        self.predict = nn.Linear(10, 1)
    def forward(self, x):
        return self.predict(F.relu(self.hidden(x)))
torch.manual_seed(0)
net = Net()
print(net)
print(net(torch.ones(2, 1)))
opt = torch.optim.SGD(net.parameters(), lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
opt.step(); sched.step()
print(sched.get_last_lr())
