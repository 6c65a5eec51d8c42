import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(5, 2)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
train = [(torch.randn(4, 5), torch.randint(0, 2, (4,))) for _ in range(2)]
val = (torch.randn(6, 5), torch.randint(0, 2, (6,)))
for x, y in train:
    opt.zero_grad()
    nn.functional.cross_entropy(model(x), y).backward()
    opt.step()
with torch.no_grad():
    val_loss = nn.functional.cross_entropy(model(val[0]), val[1])
print(val_loss.item())
