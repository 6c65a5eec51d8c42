"""Learnable offsets written with float literals."""
import torch

torch.manual_seed(0)
offsets = torch.tensor([1.0, 0.0, 2.0], requires_grad=True)
loss = (torch.randn(4, 3) + offsets).pow(2).mean()
loss.backward()
print(offsets.grad)
