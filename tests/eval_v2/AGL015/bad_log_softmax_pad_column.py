import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

PAD = 0
lm_head = nn.Linear(8, 10)
hidden = torch.randn(4, 8)
targets = torch.tensor([3, 5, 1, 7])
logp = F.log_softmax(lm_head(hidden), dim=-1)
logp[:, PAD] = 0.0  # expect: AGL015
loss = F.nll_loss(logp, targets)
loss.backward()
