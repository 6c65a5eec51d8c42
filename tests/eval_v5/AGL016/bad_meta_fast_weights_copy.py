import torch

torch.manual_seed(9)
w = torch.randn(3, requires_grad=True)
x, y = torch.randn(8, 3), torch.randn(8)
(g,) = torch.autograd.grad((x @ w - y).pow(2).mean(), w)
fast_w = torch.tensor(w - 0.1 * g, requires_grad=True)  # expect: AGL016
(x @ fast_w - y).pow(2).mean().backward()
