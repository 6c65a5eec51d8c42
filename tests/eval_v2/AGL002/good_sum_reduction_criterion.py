import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(6, 3)
criterion = nn.MSELoss(reduction="sum")
opt = torch.optim.SGD(model.parameters(), lr=0.01)
for _ in range(2):
    x, y = torch.randn(5, 6), torch.randn(5, 3)
    opt.zero_grad()
    loss = criterion(model(x), y) / x.size(0)
    loss.backward()
    opt.step()
