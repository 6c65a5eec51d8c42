import torch

theta = torch.rand(3, requires_grad=True, device="cpu")
opt = torch.optim.SGD([theta], lr=0.1)
print(theta.is_leaf)
