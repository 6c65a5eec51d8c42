"""InfoNCE computed row by row; the mean was forgotten."""
import torch
from torch import nn

torch.manual_seed(8)
proj = nn.Linear(6, 4)
a = nn.functional.normalize(proj(torch.randn(5, 6)), dim=1)
b = nn.functional.normalize(proj(torch.randn(5, 6)), dim=1)
sim = a @ b.t() / 0.1
row_loss = -torch.log_softmax(sim, dim=1).diagonal()
row_loss.backward()  # expect: AGL002
