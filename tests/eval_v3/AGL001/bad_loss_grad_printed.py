import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(5, 1)
criterion = nn.BCEWithLogitsLoss()
data = torch.randn(12, 5)
target = (torch.rand(12, 1) > 0.5).float()

logits = model(data)
loss = criterion(logits, target)
loss.backward()
print("d loss / d loss:", loss.grad)  # expect: AGL001
print("weight grad:", model.weight.grad)
