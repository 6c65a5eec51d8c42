import torch

torch.manual_seed(0)

init_w = torch.randn(3, 2) * 0.01
w = init_w.detach().clone().requires_grad_(True)
b = torch.zeros(2, requires_grad=True)
(torch.randn(4, 3) @ w + b).pow(2).mean().backward()
print(w.grad.shape)
