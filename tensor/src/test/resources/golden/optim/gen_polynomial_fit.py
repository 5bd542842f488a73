"""The "Learning PyTorch with Examples" polynomial fit (y = sin(x) on linspace(-pi, pi, 2000) by
nn.Sequential(nn.Linear(3, 1), nn.Flatten(0, 1)) and MSELoss(reduction='sum'), lr 1e-6, 2000 steps)
from PyTorch 1.13, bit for bit: every step's loss and the final weight and bias as float32 bit
patterns, once with the tutorial's manual update (param -= learning_rate * param.grad) and once with
optim.SGD. Run as `/usr/bin/python3 gen_polynomial_fit.py`; writes polynomial_fit.json."""
import json, math, os
import numpy as np
import torch


def bits(t):
    return t.detach().reshape(-1).contiguous().numpy().view(np.int32).tolist()


def fit(use_sgd):
    x = torch.linspace(-math.pi, math.pi, 2000)
    y = torch.sin(x)
    p = torch.tensor([1, 2, 3])
    xx = x.unsqueeze(-1).pow(p)
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(3, 1), torch.nn.Flatten(0, 1))
    loss_fn = torch.nn.MSELoss(reduction='sum')
    learning_rate = 1e-6
    optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate) if use_sgd else None
    losses = []
    for t in range(2000):
        y_pred = model(xx)
        loss = loss_fn(y_pred, y)
        losses.append(loss.detach().clone())
        if use_sgd:
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        else:
            model.zero_grad()
            loss.backward()
            with torch.no_grad():
                for param in model.parameters():
                    param -= learning_rate * param.grad
    return {"loss": bits(torch.stack(losses)), "weight": bits(model[0].weight), "bias": bits(model[0].bias)}


out = {"torch": torch.__version__, "manual": fit(False), "sgd": fit(True)}
json.dump(out, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "polynomial_fit.json"), "w"))
