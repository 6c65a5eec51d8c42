"""Trying to make a boolean attention mask learnable."""
import torch

torch.manual_seed(3)
scores = torch.randn(2, 5, 5)
mask = torch.ones(5, 5).tril().bool()
mask.requires_grad_()  # expect: AGL005
attn = torch.softmax(scores.masked_fill(~mask, float("-inf")), dim=-1)
print(attn.shape)
