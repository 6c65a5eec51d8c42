import torch
import torch.nn as nn

torch.manual_seed(12)
fc = nn.Linear(4, 4)
out = fc(torch.randn(3, 4))
out += 1.0
out.mul_(0.5)
out.sum().backward()
