"""In-place scaling of a sum: addition saves nothing for backward."""
import torch
from torch import nn

torch.manual_seed(2)
fc = nn.Linear(4, 4)
x = torch.randn(3, 4)
h = fc(x) + x
h *= 0.5
h.add_(1.0)
torch.tanh(h).sum().backward()
