import torch

torch.manual_seed(8)
x = torch.linspace(0, 1, 6, requires_grad=True)
y = torch.sin(x) * x
dy = torch.autograd.grad(y, x, grad_output=torch.ones_like(y))  # expect: AGL014
