import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 6), nn.Tanh(), nn.Linear(6, 1))
decay = [p for n, p in model.named_parameters() if "weight" in n]
no_decay = [p for n, p in model.named_parameters() if "bias" in n]
opt = torch.optim.SGD([{"params": decay, "weight_decay": 0.1}, {"params": no_decay}], lr=0.05)
for _ in range(2):
    opt.zero_grad()
    nn.functional.mse_loss(model(torch.randn(8, 3)), torch.randn(8, 1)).backward()
    opt.step()
