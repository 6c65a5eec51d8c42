"""Input-gradient attribution tries to differentiate w.r.t. token ids."""
import torch
from torch import nn

torch.manual_seed(0)
emb = nn.Embedding(50, 8)
token_ids = torch.tensor([[3, 14, 15, 9, 2]], requires_grad=True)  # expect: AGL005
score = emb(token_ids).sum()
score.backward()
