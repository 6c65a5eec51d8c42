"""PGD input rebuilt as a detached leaf with requires_grad_()."""
import torch
from torch import nn

torch.manual_seed(10)
model = nn.Linear(8, 2)
x = torch.randn(1, 8)
x_adv = x.clone()
for _ in range(2):
    x_adv = x_adv.detach().requires_grad_()
    loss = nn.functional.cross_entropy(model(x_adv), torch.tensor([1]))
    (g,) = torch.autograd.grad(loss, x_adv)
    x_adv = x_adv + 0.01 * g.sign()
print(x_adv - x)
