import torch

torch.manual_seed(0)

a = torch.randn(4, 3)
b = torch.randn(4, 3)
buf = torch.empty(4, 3)
torch.add(a, b, out=buf)
w = torch.randn(3, requires_grad=True)
(buf @ w).sum().backward()
print(w.grad)
