"""Log-probabilities with a class prior added in place (logit adjustment gone wrong)."""
import torch
from torch import nn

torch.manual_seed(8)
clf = nn.Linear(6, 3)
log_prior = torch.log(torch.tensor([0.5, 0.3, 0.2]))
logp = torch.log_softmax(clf(torch.randn(4, 6)), dim=1)
logp += log_prior  # expect: AGL015
loss = nn.functional.nll_loss(logp, torch.tensor([0, 1, 2, 0]))
loss.backward()
