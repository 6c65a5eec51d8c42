import torch

torch.manual_seed(1)
W = torch.randn(5, 3, requires_grad=True)
b = torch.empty(3, requires_grad=True)  # expect: AGL017
x = torch.randn(4, 5)
loss = torch.relu(x @ W + b).mean()
loss.backward()
