import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
history = []
for _ in range(2):
    opt.zero_grad()
    loss = model(torch.randn(4, 3)).pow(2).mean()
    history.append(loss.cpu().numpy())  # expect: AGL009
    loss.backward()
    opt.step()
print(np.array(history))
