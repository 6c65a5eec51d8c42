import torch

torch.manual_seed(0)

w1 = torch.randn(3, 4, requires_grad=True)
w2 = torch.randn(4, 1, requires_grad=True)
x = torch.randn(5, 3)
loss = torch.sigmoid(torch.tanh(x @ w1) @ w2).mean()

g1 = torch.autograd.grad(loss, w1)[0]
g2 = torch.autograd.grad(loss, w2)[0]  # expect: AGL007
print(g1.shape, g2.shape)
