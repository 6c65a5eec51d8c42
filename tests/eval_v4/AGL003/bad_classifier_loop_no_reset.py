"""A classifier training loop that never resets the gradients."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
data = [(torch.randn(6, 4), torch.randint(0, 3, (6,))) for _ in range(3)]
for x, y in data:
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()  # expect: AGL003
    opt.step()
