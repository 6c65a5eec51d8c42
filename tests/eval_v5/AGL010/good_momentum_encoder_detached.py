import copy

import torch
import torch.nn as nn

torch.manual_seed(5)
online = nn.Sequential(nn.Linear(12, 8), nn.ReLU(), nn.Linear(8, 4))
target = copy.deepcopy(online)
for p in target.parameters():
    p.requires_grad_(False)
view1, view2 = torch.randn(5, 12), torch.randn(5, 12)
p = online(view1)
z = target(view2)
loss = 2 - 2 * nn.functional.cosine_similarity(p, z).mean()
loss.backward()
