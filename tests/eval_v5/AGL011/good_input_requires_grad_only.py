import torch

torch.manual_seed(41)
frozen_weight = torch.randn(3, 3)
x = torch.randn(2, 3, requires_grad=True)
out = torch.tanh(x @ frozen_weight).sum()
out.backward()
print(x.grad.shape)
