import torch
import torch.nn as nn

torch.manual_seed(1)
encoder = nn.Linear(6, 3)
code = encoder(torch.randn(2, 6)).detach().clone().requires_grad_(True)
code.sum().backward()
