import torch
import torch.nn as nn

torch.manual_seed(0)

config = {"layers": [8, 8, 2], "require_grad": False, "lr": 0.1}
model = nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 2))
for p in model[0].parameters():
    p.requires_grad = config["require_grad"]
opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=config["lr"])
model(torch.randn(2, 8)).sum().backward()
opt.step()
