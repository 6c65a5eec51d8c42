import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(6, 2)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
accum = 2
running = 0.0
optimizer.zero_grad()
for i in range(4):
    loss = nn.functional.cross_entropy(model(torch.randn(3, 6)), torch.randint(0, 2, (3,)))
    (loss / accum).backward()
    running += loss.detach().item()
    if (i + 1) % accum == 0:
        optimizer.step()
        optimizer.zero_grad()
print(running / 4)
