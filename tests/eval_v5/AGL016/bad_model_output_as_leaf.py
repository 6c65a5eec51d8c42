import torch
import torch.nn as nn

torch.manual_seed(1)
encoder = nn.Linear(6, 3)
code = torch.tensor(encoder(torch.randn(2, 6)), requires_grad=True)  # expect: AGL016
code.sum().backward()
