import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(6, 6), nn.ReLU(), nn.Linear(6, 2))
for name, p in model.named_parameters():
    if name.startswith("0."):
        p.requires_grad = False
model[2].bias.requires_grad_(False)
trainable = [p for p in model.parameters() if p.requires_grad]
opt = torch.optim.Adam(trainable, lr=1e-3)
model(torch.randn(3, 6)).sum().backward()
opt.step()
