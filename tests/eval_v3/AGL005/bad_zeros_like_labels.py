import torch
from torch import nn

torch.manual_seed(0)
logits = nn.Linear(4, 3)(torch.randn(5, 4))
labels = torch.randint(0, 3, (5,))
soft_targets = torch.zeros_like(labels, requires_grad=True)  # expect: AGL005
print(soft_targets, logits.shape)
