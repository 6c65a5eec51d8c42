import torch
import torch.nn.functional as F

torch.manual_seed(2)
q = torch.randn(2, 4, 8, requires_grad=True)
k = torch.randn(2, 4, 8, requires_grad=True)
attn = F.softmax(q @ k.transpose(1, 2) / 8 ** 0.5, dim=-1)
attn[:, :, 0] = 0  # expect: AGL015
out = attn @ k
out.sum().backward()
