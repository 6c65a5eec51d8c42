import torch
import torch.nn as nn

torch.manual_seed(38)
encoder = nn.Linear(8, 4)
with torch.no_grad():
    anchors = encoder(torch.randn(3, 8))
anchors.requires_grad_()
anchors.pow(2).sum().backward()
print(anchors.grad.shape)
