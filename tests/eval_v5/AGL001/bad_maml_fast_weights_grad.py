import torch

torch.manual_seed(62)
w = torch.randn(3, requires_grad=True)
xs, ys = torch.randn(6, 3), torch.randn(6)
(g,) = torch.autograd.grad((xs @ w - ys).pow(2).mean(), w, create_graph=True)
fast = w - 0.1 * g
xq, yq = torch.randn(6, 3), torch.randn(6)
(xq @ fast - yq).pow(2).mean().backward()
print(fast.grad, w.grad.shape)  # expect: AGL001
