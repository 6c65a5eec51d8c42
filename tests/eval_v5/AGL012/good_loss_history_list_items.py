import torch
import torch.nn as nn

torch.manual_seed(13)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
history = []
for _ in range(4):
    x, y = torch.randn(5, 3), torch.randn(5, 1)
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    history.append(loss.item())
print(sum(history) / len(history))
