import torch

torch.manual_seed(0)

init_w = torch.randn(3, 2) * 0.01
w = torch.tensor(init_w, requires_grad=True)  # expect: AGL016
b = torch.zeros(2, requires_grad=True)
x = torch.randn(4, 3)
(x @ w + b).pow(2).mean().backward()
print(w.grad.shape)
