import torch
import torch.nn as nn

torch.manual_seed(12)
head = nn.Linear(8, 2)
nn.init.zeros_(head.bias)
nn.init.normal_(head.weight, std=0.02)
head(torch.randn(3, 8)).sum().backward()
