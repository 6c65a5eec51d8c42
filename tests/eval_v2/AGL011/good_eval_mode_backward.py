import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(6, 12), nn.Dropout(0.5), nn.Linear(12, 2))
model.eval()
x = torch.randn(3, 6, requires_grad=True)
score = model(x)[:, 1].sum()
score.backward()
print(x.grad.shape)
