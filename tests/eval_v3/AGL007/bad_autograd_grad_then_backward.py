import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(5, 8), nn.Tanh(), nn.Linear(8, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(6, 5), torch.randn(6, 1)
loss = nn.functional.mse_loss(model(x), y)
grads = torch.autograd.grad(loss, list(model.parameters()))
grad_norm = torch.sqrt(sum(g.pow(2).sum() for g in grads))
print("grad norm before step:", grad_norm.item())
opt.zero_grad()
loss.backward()  # expect: AGL007
opt.step()
