"""A small training script with the autograd mistakes autograd-lint exists to catch."""

import torch
import torch.nn.functional as F
from torch.autograd import gradcheck

torch.manual_seed(0)
x = torch.randn(64, 3)
y = x @ torch.tensor([[1.0], [-2.0], [0.5]])

# A leaf that is immediately reshaped: w is a non-leaf, w.grad stays None.
w = torch.randn(3, requires_grad=True).view(3, 1)
b = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([b], lr=0.1)

for step in range(5):
    pred = x @ w + b
    loss = F.mse_loss(pred, y, reduction="none")
    loss.backward()  # per-sample losses: backward() needs a scalar
    opt.step()       # ... and nobody calls opt.zero_grad()

print(w.grad)  # always None

labels = torch.tensor([0, 1, 1], requires_grad=True)  # integers cannot require grad
b.data.add_(1.0)  # invisible to autograd
gradcheck(torch.sin, (torch.randn(4, requires_grad=True),))  # float32 gradcheck
