import torch
import torch.nn as nn

torch.manual_seed(6)
model = nn.Linear(4, 2)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x, y = torch.randn(3, 4), torch.tensor([0, 1, 0])
opt.zero_grads()  # expect: AGL014
