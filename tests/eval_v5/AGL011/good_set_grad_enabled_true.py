import torch
import torch.nn as nn

torch.manual_seed(40)
model = nn.Linear(3, 1)
train = True
with torch.set_grad_enabled(train):
    loss = model(torch.randn(4, 3)).pow(2).mean()
loss.backward()
