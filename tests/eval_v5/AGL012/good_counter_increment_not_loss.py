import torch
import torch.nn as nn

torch.manual_seed(46)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
steps, correct = 0, 0
for _ in range(3):
    x, y = torch.randn(5, 2), torch.randn(5, 1)
    opt.zero_grad()
    pred = model(x)
    nn.functional.mse_loss(pred, y).backward()
    opt.step()
    steps += 1
    correct += int((pred.detach().sign() == y.sign()).sum())
