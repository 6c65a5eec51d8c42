import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
samples = [(torch.randn(3), torch.randn(1)) for _ in range(4)]
preds = torch.cat([model(x) for x, _ in samples])
targets = torch.cat([y for _, y in samples])
loss = nn.functional.mse_loss(preds, targets)
opt.zero_grad()
loss.backward()
opt.step()
