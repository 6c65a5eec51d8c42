import torch
import torch.nn.functional as F

torch.manual_seed(53)
scores = torch.randn(2, 4, 4, requires_grad=True)
mask = torch.ones(4, 4).triu(1).bool()
masked = scores.clone()
masked.masked_fill_(mask, float("-inf"))
attn = F.softmax(masked, dim=-1)
attn.sum().backward()
