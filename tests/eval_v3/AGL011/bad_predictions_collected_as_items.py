import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
samples = [(torch.randn(3), torch.randn(1)) for _ in range(4)]
preds = [model(x).item() for x, _ in samples]
targets = torch.cat([y for _, y in samples])
loss = nn.functional.mse_loss(torch.tensor(preds), targets)
opt.zero_grad()
loss.backward()  # expect: AGL011
opt.step()
