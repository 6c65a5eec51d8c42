import torch
from torch import nn

torch.manual_seed(0)
enc = nn.Linear(5, 5)
hidden = torch.relu(enc(torch.randn(2, 5)))
hidden.retain_grads()  # expect: AGL014
hidden.sum().backward()
