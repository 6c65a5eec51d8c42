import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
log = []
for _ in range(2):
    opt.zero_grad()
    out = model(torch.randn(4, 3))
    loss = out.pow(2).mean()
    loss.backward()
    opt.step()
    log.append({"loss": loss.item(), "first_row": out[0].tolist()})
print(log)
