import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
x, y = torch.randn(6, 4), torch.randn(6, 1)

optimizer.zero_grad()
loss = nn.functional.mse_loss(model(x), y)
grads = torch.autograd.grad(loss, list(model.parameters()))
grad_norm = torch.sqrt(sum(g.pow(2).sum() for g in grads))
print("grad norm", grad_norm.item())
loss.backward()  # expect: AGL007
optimizer.step()
