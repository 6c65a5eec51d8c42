import torch
import torch.nn as nn

torch.manual_seed(1)
model = nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(6, 4), torch.randint(0, 2, (6,))
opt.zero_grad()
nn.functional.cross_entropy(model(x), y).backward()
opt.step()
with torch.no_grad():
    val_loss = nn.functional.cross_entropy(model(x), y)
print(val_loss.item())
