import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
for p in model[0].parameters():
    p.requires_grad = False
opt = torch.optim.SGD(filter(lambda q: q.requires_grad, model.parameters()), lr=0.1)
print(len(opt.param_groups[0]["params"]))
