import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(4, 3)
inputs = torch.randn(6, 4)
labels = torch.randint(0, 3, (6,))
inputs.requires_grad = True
loss = nn.functional.cross_entropy(model(inputs), labels)
loss.backward()
print(inputs.grad.abs().sum().item())
