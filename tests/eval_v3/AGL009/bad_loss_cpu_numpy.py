import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
loss = nn.functional.mse_loss(model(x), y)
log = {"loss": loss.cpu().numpy()}  # expect: AGL009
loss.backward()
print(log)
