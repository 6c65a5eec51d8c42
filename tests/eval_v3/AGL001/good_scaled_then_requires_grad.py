import torch

torch.manual_seed(0)
w = (torch.randn(4, 2) * 0.01).requires_grad_()
b = torch.zeros(2, requires_grad=True)
x, y = torch.randn(6, 4), torch.randn(6, 2)
loss = torch.nn.functional.mse_loss(x @ w + b, y)
loss.backward()
print(w.grad.shape, b.grad.shape)
