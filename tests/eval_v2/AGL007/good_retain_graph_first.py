import torch
import torch.nn as nn

torch.manual_seed(0)

backbone = nn.Linear(5, 5)
head_a, head_b = nn.Linear(5, 1), nn.Linear(5, 1)
feat = torch.relu(backbone(torch.randn(3, 5)))
loss_a = head_a(feat).pow(2).mean()
loss_b = head_b(feat).abs().mean()
loss_a.backward(retain_graph=True)
loss_b.backward()
print(backbone.weight.grad.norm())
