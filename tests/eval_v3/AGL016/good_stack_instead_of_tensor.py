import torch

torch.manual_seed(0)
a = torch.randn(3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
pair = torch.stack([a, b])
pair.norm(dim=1).sum().backward()
print(a.grad is not None, b.grad is not None)
