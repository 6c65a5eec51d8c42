import torch

torch.manual_seed(31)
x = torch.randn(5, requires_grad=True)
y = (x.sin() * x).sum()
(g,) = torch.autograd.grad(y, x, create_graph=True)
penalty = g.pow(2).sum()
penalty.backward()
print(x.grad.shape)
