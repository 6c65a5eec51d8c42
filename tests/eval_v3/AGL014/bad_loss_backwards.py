import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(2):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(torch.randn(5, 4)), torch.randn(5, 1))
    loss.backwards()  # expect: AGL014
    opt.step()
