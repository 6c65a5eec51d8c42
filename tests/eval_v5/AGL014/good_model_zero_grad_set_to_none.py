import torch
import torch.nn as nn

torch.manual_seed(10)
model = nn.Linear(3, 3)
model(torch.randn(2, 3)).sum().backward()
model.zero_grad(set_to_none=True)
print(model.weight.grad)
