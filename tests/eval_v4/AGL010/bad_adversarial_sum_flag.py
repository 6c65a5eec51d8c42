"""PGD with a learnable perturbation; the sum is flagged for input gradients."""
import torch
from torch import nn

torch.manual_seed(10)
model = nn.Linear(8, 2)
x = torch.randn(1, 8)
delta = torch.zeros(1, 8, requires_grad=True)
x_adv = x + delta
x_adv.requires_grad_(False)  # expect: AGL010
loss = nn.functional.cross_entropy(model(x_adv), torch.tensor([1]))
