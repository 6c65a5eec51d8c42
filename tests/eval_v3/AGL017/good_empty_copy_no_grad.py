import torch
from torch import nn

torch.manual_seed(0)
pretrained = torch.randn(3, 5)
prototypes = nn.Parameter(torch.empty(3, 5))
with torch.no_grad():
    prototypes.copy_(pretrained)
logits = -torch.cdist(torch.randn(6, 5), prototypes)
nn.functional.cross_entropy(logits, torch.randint(0, 3, (6,))).backward()
