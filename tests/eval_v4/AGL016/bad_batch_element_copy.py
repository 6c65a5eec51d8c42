"""Saliency for the first sample: torch.tensor() on a batch element."""
import torch
from torch import nn

torch.manual_seed(8)
model = nn.Linear(5, 3)
batch = torch.randn(4, 5)
sample = torch.tensor(batch[0], requires_grad=True)  # expect: AGL016
model(sample)[1].backward()
print(sample.grad)
