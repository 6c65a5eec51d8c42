import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 4)
criterion = nn.CrossEntropyLoss(reduction="sum")
loss = criterion(model(torch.randn(5, 3)), torch.randint(0, 4, (5,)))
loss.backward()
x = torch.randn(2, 3, requires_grad=True)
out = torch.tanh(x)
(gx,) = torch.autograd.grad(out, x, torch.ones_like(out))
print(loss.item(), gx.shape)
