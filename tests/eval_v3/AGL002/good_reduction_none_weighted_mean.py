import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(6, 3)
criterion = nn.CrossEntropyLoss(reduction="none")
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 6), torch.randint(0, 3, (8,))
weights = torch.rand(8)

opt.zero_grad()
loss = (criterion(model(x), y) * weights).sum() / weights.sum()
loss.backward()
opt.step()
