import torch
import torch.nn as nn

torch.manual_seed(48)
model = nn.Linear(3, 1).double()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
opt.zero_grad()
model(torch.randn(4, 3, dtype=torch.float64)).sum().backward()
opt.step()
