"""Iterative FGSM whose adversarial image is updated in place with grad mode on."""
import torch
from torch import nn

torch.manual_seed(2)
model = nn.Sequential(nn.Flatten(), nn.Linear(16, 3))
image = torch.rand(1, 1, 4, 4)
label = torch.tensor([1])
x_adv = image.clone().requires_grad_()
loss = nn.functional.cross_entropy(model(x_adv), label)
loss.backward()
x_adv += 0.03 * x_adv.grad.sign()  # expect: AGL008
