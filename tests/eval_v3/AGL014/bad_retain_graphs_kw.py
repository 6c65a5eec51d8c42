import torch
from torch import nn

torch.manual_seed(0)
shared = nn.Linear(6, 6)
a_head, b_head = nn.Linear(6, 1), nn.Linear(6, 1)
h = torch.tanh(shared(torch.randn(3, 6)))
loss_a = a_head(h).mean()
loss_b = b_head(h).mean()
loss_a.backward(retain_graphs=True)  # expect: AGL014
loss_b.backward()
