"""Training step outside no_grad, validation inside it without backward()."""
import torch
from torch import nn

torch.manual_seed(1)
model = nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(5, 4), torch.randint(0, 2, (5,))
opt.zero_grad()
loss = nn.functional.cross_entropy(model(x), y)
loss.backward()
opt.step()
with torch.no_grad():
    val_loss = nn.functional.cross_entropy(model(x), y)
print(loss.item(), val_loss.item())
