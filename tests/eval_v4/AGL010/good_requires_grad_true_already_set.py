"""requires_grad_(True) on a non-leaf that already requires grad is accepted."""
import torch

torch.manual_seed(3)
w = torch.randn(4, 3, requires_grad=True)
scaled = w * 0.01
scaled.requires_grad_(True)
(torch.randn(2, 4) @ scaled).sum().backward()
print(w.grad.shape)
