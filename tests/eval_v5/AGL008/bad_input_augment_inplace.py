import torch
import torch.nn as nn

torch.manual_seed(2)
model = nn.Linear(5, 2)
x = torch.randn(3, 5, requires_grad=True)
x += 0.05 * torch.randn_like(x)  # expect: AGL008
saliency = torch.autograd.grad(model(x).sum(), x)
