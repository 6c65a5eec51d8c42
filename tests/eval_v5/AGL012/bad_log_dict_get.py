import torch
import torch.nn as nn

torch.manual_seed(95)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
log = {}
for _ in range(3):
    opt.zero_grad()
    loss = model(torch.randn(4, 3)).pow(2).mean()
    loss.backward()
    opt.step()
    log["total"] = log.get("total", 0.0) + loss  # expect: AGL012
