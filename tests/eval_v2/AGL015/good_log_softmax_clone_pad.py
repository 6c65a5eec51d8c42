import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

PAD = 0
lm_head = nn.Linear(8, 10)
targets = torch.tensor([3, 5, 1, 7])
logp = F.log_softmax(lm_head(torch.randn(4, 8)), dim=-1)
loss = F.nll_loss(logp, targets, ignore_index=PAD)
loss.backward()
smoothed = logp.detach().clone()
smoothed[:, PAD] = 0.0
print(smoothed.shape)
