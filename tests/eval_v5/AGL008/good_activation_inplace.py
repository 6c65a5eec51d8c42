import torch
import torch.nn as nn

torch.manual_seed(13)
fc = nn.Linear(4, 4)
h = fc(torch.randn(2, 4))
h += 1
h.mul_(0.5)
h.sum().backward()
