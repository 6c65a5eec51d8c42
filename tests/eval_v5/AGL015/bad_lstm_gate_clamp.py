import torch
import torch.nn as nn

torch.manual_seed(8)
proj = nn.Linear(3, 4)
series = torch.randn(6, 3)
gates = torch.sigmoid(proj(series))
gates.clamp_(0.1, 0.9)  # expect: AGL015
(gates * series.sum(1, keepdim=True)).mean().backward()
