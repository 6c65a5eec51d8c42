import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

shared = nn.Linear(8, 8)
heads = nn.ModuleDict({"cls": nn.Linear(8, 3), "reg": nn.Linear(8, 1)})
opt = torch.optim.Adam(list(shared.parameters()) + list(heads.parameters()), lr=1e-3)
x, y_cls, y_reg = torch.randn(5, 8), torch.randint(0, 3, (5,)), torch.randn(5, 1)

opt.zero_grad()
h = torch.relu(shared(x))
task_losses = torch.stack(
    [F.cross_entropy(heads["cls"](h), y_cls), F.mse_loss(heads["reg"](h), y_reg)]
)
total = (task_losses * torch.tensor([1.0, 0.3])).sum()
total.backward()
opt.step()
