import torch
import torch.nn as nn

torch.manual_seed(0)

log_w = nn.Parameter(torch.zeros(6))
values = torch.randn(6)
invalid = torch.tensor([False, True, False, False, True, False])
w = torch.exp(log_w)
w[invalid] = 0.0  # expect: AGL015
estimate = (w * values).sum() / w.sum()
estimate.backward()
