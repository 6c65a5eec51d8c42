import torch

torch.manual_seed(57)
diffusivity = torch.empty(1, requires_grad=True)
with torch.no_grad():
    diffusivity.fill_(0.1)
x = torch.randn(5)
(diffusivity * x).pow(2).sum().backward()
