import torch
from torch import nn

torch.manual_seed(0)
clf = nn.Linear(6, 4)
opt = torch.optim.SGD(clf.parameters(), lr=0.1)
x, y = torch.randn(10, 6), torch.randint(0, 4, (10,))
preds = clf(x).argmax(dim=1)
error_rate = 1.0 - (preds == y).float().mean()
opt.zero_grad()
error_rate.backward()  # expect: AGL011
opt.step()
