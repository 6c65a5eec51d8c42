import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
criterion = nn.CrossEntropyLoss()
x, y = torch.randn(10, 3), torch.randint(0, 2, (10,))

for epoch in range(3):
    opt.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    norms = {name: p.grad.norm().item() for name, p in model.named_parameters()}
    opt.step()
    print(epoch, loss.item(), max(norms.values()))
