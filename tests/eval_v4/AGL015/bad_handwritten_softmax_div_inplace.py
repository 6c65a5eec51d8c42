"""Hand-written softmax: exp, then normalise in place."""
import torch
from torch import nn

torch.manual_seed(7)
proj = nn.Linear(5, 3)
scores = proj(torch.randn(4, 5))
weights = torch.exp(scores - scores.max(dim=1, keepdim=True).values)
weights.div_(weights.sum(dim=1, keepdim=True))  # expect: AGL015
loss = -(weights[:, 0] + 1e-6).log().mean()
loss.backward()
