import torch

torch.manual_seed(9)
w = torch.randn(4, requires_grad=True)
x = torch.randn(16, 4)
y = torch.randn(16)
inner_loss = ((x @ w).sigmoid() - y).pow(2).mean()
(g,) = torch.autograd.grad(inner_loss, w)
w_fast = w - 0.1 * g
inner_loss.backward()  # expect: AGL007
