import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
batches = [(torch.randn(4, 3), torch.randn(4, 1)) for _ in range(3)]
opt.zero_grad()
losses = [nn.functional.mse_loss(model(x), y).item() for x, y in batches]
epoch_loss = torch.tensor(sum(losses) / len(losses))
epoch_loss.backward()  # expect: AGL011
opt.step()
