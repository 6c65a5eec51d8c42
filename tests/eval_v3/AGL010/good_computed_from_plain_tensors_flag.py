import torch

torch.manual_seed(0)
base = torch.randn(3, 3)
sym = (base + base.t()) / 2
sym.requires_grad = True
eigvals = torch.linalg.eigvalsh(sym)
eigvals.max().backward()
print(sym.grad.shape)
