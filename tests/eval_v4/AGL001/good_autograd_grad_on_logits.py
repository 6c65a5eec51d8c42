"""Gradient w.r.t. the logits taken with torch.autograd.grad instead of .grad."""
import torch
from torch import nn

torch.manual_seed(4)
model = nn.Linear(5, 3)
x, y = torch.randn(8, 5), torch.randint(0, 3, (8,))
logits = model(x)
loss = nn.functional.cross_entropy(logits, y)
(logit_grad,) = torch.autograd.grad(loss, logits, retain_graph=True)
loss.backward()
print(logit_grad.norm().item(), model.weight.grad.norm().item())
