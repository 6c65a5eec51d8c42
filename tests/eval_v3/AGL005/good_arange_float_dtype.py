import torch
from torch import nn

torch.manual_seed(0)
proj = nn.Linear(1, 4)
positions = torch.arange(6, dtype=torch.float32, requires_grad=True)
pos_emb = proj(positions.unsqueeze(-1))
pos_emb.sum().backward()
print(positions.grad)
