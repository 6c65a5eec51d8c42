"""A soft attention mask: the boolean mask cast to float, then made learnable."""
import torch

torch.manual_seed(3)
scores = torch.randn(2, 5, 5)
mask = torch.ones(5, 5).tril().bool()
soft_mask = mask.float().requires_grad_()
attn = torch.softmax(scores + torch.log(soft_mask + 1e-9), dim=-1)
attn.sum().backward()
