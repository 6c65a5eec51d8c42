"""The training step was pasted inside the validation's no_grad block."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x_val, y_val = torch.randn(5, 4), torch.randint(0, 2, (5,))
with torch.no_grad():
    val_loss = nn.functional.cross_entropy(model(x_val), y_val)
    opt.zero_grad()
    val_loss.backward()  # expect: AGL011
    opt.step()
