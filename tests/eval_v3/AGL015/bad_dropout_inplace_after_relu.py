import torch
from torch import nn

torch.manual_seed(0)
mlp = nn.Sequential(
    nn.Linear(10, 16),
    nn.ReLU(),
    nn.Dropout(0.5, inplace=True),  # expect: AGL015
    nn.Linear(16, 2),
)
logits = mlp(torch.randn(4, 10))
nn.functional.cross_entropy(logits, torch.tensor([0, 1, 1, 0])).backward()
