import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(6, 12), nn.ReLU(), nn.Linear(12, 3))
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
unlabelled = torch.randn(10, 6)

for _ in range(2):
    pseudo = model(unlabelled).softmax(dim=-1)
    pseudo.requires_grad = False  # expect: AGL010
    confident = pseudo.max(-1).values > 0.3
    loss = F.cross_entropy(model(unlabelled + 0.1 * torch.randn(10, 6)), pseudo.argmax(-1))
    optimizer.zero_grad()
    (loss * confident.float().mean()).backward()
    optimizer.step()
