import torch
from torch import nn

torch.manual_seed(0)
clf = nn.Linear(6, 4)
opt = torch.optim.SGD(clf.parameters(), lr=0.1)
x, y = torch.randn(10, 6), torch.randint(0, 4, (10,))
probs = torch.softmax(clf(x), dim=1)
soft_error = 1.0 - probs.gather(1, y[:, None]).mean()
opt.zero_grad()
soft_error.backward()
opt.step()
