import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(5, 2)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x, y = torch.randn(8, 5), torch.randint(0, 2, (8,))
ce = nn.functional.cross_entropy(model(x), y)
l2 = sum(p.pow(2).sum() for p in model.parameters())
loss = ce + 1e-4 * l2
print("loss", torch.tensor(loss.item()))
opt.zero_grad()
loss.backward()
opt.step()
