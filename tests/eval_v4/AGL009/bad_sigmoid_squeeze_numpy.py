"""Binary classifier scores converted for a threshold sweep."""
import torch
from torch import nn

torch.manual_seed(12)
clf = nn.Linear(5, 1)
scores = torch.sigmoid(clf(torch.randn(20, 5))).squeeze(1).numpy()  # expect: AGL009
best = max((float((scores > t).mean()), t) for t in (0.3, 0.5, 0.7))
print(best)
