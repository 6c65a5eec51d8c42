import torch
from torch import nn

torch.manual_seed(0)
seq_len, dim = 6, 4
proj = nn.Linear(1, dim)
positions = torch.arange(seq_len, requires_grad=True)  # expect: AGL005
pos_emb = proj(positions.unsqueeze(-1).float())
print(pos_emb.shape)
