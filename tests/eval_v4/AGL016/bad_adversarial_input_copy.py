"""FGSM: the adversarial input is copy-constructed from the clean batch."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 4), nn.ReLU(), nn.Linear(4, 2))
x = torch.rand(3, 8)
y = torch.tensor([0, 1, 1])
x_adv = torch.tensor(x, requires_grad=True)  # expect: AGL016
loss = nn.functional.cross_entropy(model(x_adv), y)
loss.backward()
x_adv = (x_adv + 0.05 * x_adv.grad.sign()).detach()
