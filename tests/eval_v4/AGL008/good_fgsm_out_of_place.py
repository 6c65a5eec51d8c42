"""Iterative FGSM with out-of-place updates and a fresh leaf each step."""
import torch
from torch import nn

torch.manual_seed(2)
model = nn.Sequential(nn.Flatten(), nn.Linear(16, 3))
image = torch.rand(1, 1, 4, 4)
label = torch.tensor([1])
x_adv = image.clone().requires_grad_()
for _ in range(3):
    loss = nn.functional.cross_entropy(model(x_adv), label)
    (grad,) = torch.autograd.grad(loss, x_adv)
    x_adv = (x_adv.detach() + 0.03 * grad.sign()).clamp(0, 1).requires_grad_()
