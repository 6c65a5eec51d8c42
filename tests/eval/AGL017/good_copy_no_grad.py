import torch

w = torch.empty(3, requires_grad=True)
with torch.no_grad():
    w.copy_(torch.tensor([0.5, -0.5, 1.0]))
(w * torch.randn(3)).sum().backward()
print(w.grad)
