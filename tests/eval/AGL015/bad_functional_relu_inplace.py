import torch
import torch.nn.functional as F

h = torch.randn(4, 5, requires_grad=True)
a = torch.sigmoid(h * 2)
out = F.relu(a, inplace=True)  # expect: AGL015
(out * h).sum().backward()
