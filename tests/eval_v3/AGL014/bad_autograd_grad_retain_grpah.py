import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 6), nn.Tanh(), nn.Linear(6, 1))
params = list(model.parameters())
loss = model(torch.randn(5, 3)).pow(2).mean()
grads = torch.autograd.grad(loss, params, retain_grpah=True)  # expect: AGL014
loss.backward()
print([g.shape for g in grads])
