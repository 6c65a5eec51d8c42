"""Grad disabled globally for a quick evaluation and never switched back on."""
import torch
from torch import nn

torch.manual_seed(6)
model = nn.Linear(2, 1)
torch.set_grad_enabled(False)
baseline = model(torch.randn(4, 2)).mean().item()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss = (model(torch.randn(4, 2)) - baseline).pow(2).mean()
loss.backward()  # expect: AGL011
