import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(0.5), nn.Linear(8, 2))
model.eval()
x, y = torch.randn(6, 4), torch.randint(0, 2, (6,))
loss = nn.functional.cross_entropy(model(x), y)
loss.backward()
