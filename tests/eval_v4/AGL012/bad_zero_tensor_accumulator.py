"""Running loss kept in a 0-d tensor and added to in place."""
import torch
from torch import nn

torch.manual_seed(9)
model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
running = torch.zeros(())
for _ in range(3):
    opt.zero_grad()
    loss = model(torch.randn(6, 4)).abs().mean()
    loss.backward()
    opt.step()
    running += loss  # expect: AGL012
print(running / 3)
