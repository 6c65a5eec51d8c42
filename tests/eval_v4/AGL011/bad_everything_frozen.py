"""Fine-tuning script that froze the whole model, head included."""
import torch
from torch import nn

torch.manual_seed(5)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
for p in model.parameters():
    p.requires_grad = False
x, y = torch.randn(3, 4), torch.tensor([0, 1, 1])
loss = nn.functional.cross_entropy(model(x), y)
loss.backward()  # expect: AGL011
