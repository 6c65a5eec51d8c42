import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1))
t = torch.linspace(0, 1, 20).unsqueeze(1).requires_grad_(True)
u = model(t)
du_dt, = torch.autograd.grad(u.sum(), t, create_graph=True)
loss = (du_dt + u).pow(2).mean()
loss.backward()
print(loss.item())
