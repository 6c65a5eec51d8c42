import torch

torch.manual_seed(0)

W_xh = torch.empty(3, 4, requires_grad=True)
with torch.no_grad():
    W_xh[:] = torch.randn(3, 4) * 0.1
h = torch.zeros(2, 4)
for x_t in torch.randn(5, 2, 3):
    h = torch.tanh(x_t @ W_xh + h)
h.sum().backward()
print(W_xh.grad.shape)
