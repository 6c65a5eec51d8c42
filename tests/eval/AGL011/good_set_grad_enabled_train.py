import torch
from torch import nn

model = nn.Linear(3, 2)
is_train = True
with torch.set_grad_enabled(is_train):
    loss = model(torch.randn(4, 3)).logsumexp(dim=1).mean()
if is_train:
    loss.backward()
print(model.bias.grad)
