"""Codebook initialised from randint, cast to float before requires_grad_()."""
import torch

torch.manual_seed(2)
codebook = torch.randint(-8, 8, (16, 4)).float().requires_grad_()
x = torch.randn(10, 4)
dist = torch.cdist(x, codebook)
dist.min(dim=1).values.mean().backward()
