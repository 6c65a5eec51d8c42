"""optimizer.zero_grad() and model.zero_grad() spelled correctly."""
import torch
from torch import nn

torch.manual_seed(5)
model = nn.Linear(4, 2)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(2):
    opt.zero_grad()
    nn.functional.cross_entropy(model(torch.randn(3, 4)), torch.tensor([0, 1, 1])).backward()
    opt.step()
model.zero_grad(set_to_none=True)
