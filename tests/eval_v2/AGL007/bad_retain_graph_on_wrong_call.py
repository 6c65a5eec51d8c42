import torch
import torch.nn as nn

torch.manual_seed(0)

backbone = nn.Linear(5, 5)
head_a, head_b = nn.Linear(5, 1), nn.Linear(5, 1)
x = torch.randn(3, 5)
feat = torch.relu(backbone(x))
loss_a = head_a(feat).pow(2).mean()
loss_b = head_b(feat).abs().mean()
loss_a.backward()
loss_b.backward(retain_graph=True)  # expect: AGL007
