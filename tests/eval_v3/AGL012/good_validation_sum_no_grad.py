import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(6, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(2):
    opt.zero_grad()
    nn.functional.cross_entropy(model(torch.randn(5, 6)), torch.randint(0, 2, (5,))).backward()
    opt.step()
val_loss = 0.0
with torch.no_grad():
    for _ in range(3):
        x, y = torch.randn(5, 6), torch.randint(0, 2, (5,))
        val_loss += nn.functional.cross_entropy(model(x), y)
print(val_loss / 3)
