import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(5, 2)
base_opt = torch.optim.SGD(model.parameters(), lr=0.1)
rho = 0.05
x, y = torch.randn(10, 5), torch.randint(0, 2, (10,))

base_opt.zero_grad()
nn.functional.cross_entropy(model(x), y).backward()
grad_norm = torch.norm(torch.stack([p.grad.norm() for p in model.parameters()]))
perturbations = []
for p in model.parameters():
    e_w = rho * p.grad / (grad_norm + 1e-12)
    p.data.add_(e_w)  # expect: AGL006
    perturbations.append(e_w)
base_opt.zero_grad()
nn.functional.cross_entropy(model(x), y).backward()
