import torch
import torch.nn as nn

torch.manual_seed(0)

net = nn.Linear(2, 1)
opt = torch.optim.SGD(net.parameters(), lr=0.1)
xs, ys = torch.randn(10, 2), torch.randn(10, 1)

with torch.no_grad():
    preds = net(xs)
    mse = ((preds - ys) ** 2).mean()
    print("before", mse.item())
mse.backward()  # expect: AGL011
opt.step()
