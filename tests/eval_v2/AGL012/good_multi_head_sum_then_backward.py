import torch
import torch.nn as nn

torch.manual_seed(0)

trunk = nn.Linear(6, 8)
heads = nn.ModuleList(nn.Linear(8, 2) for _ in range(3))
opt = torch.optim.Adam([*trunk.parameters(), *heads.parameters()], lr=1e-3)
criterion = nn.CrossEntropyLoss()

for _ in range(2):
    x, y = torch.randn(4, 6), torch.randint(0, 2, (4,))
    h = torch.relu(trunk(x))
    loss = 0
    for head in heads:
        loss += criterion(head(h), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
