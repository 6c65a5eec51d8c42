import torch

torch.manual_seed(0)

W = (torch.randn(3, 4) * 0.1).requires_grad_()
b = torch.zeros(3, requires_grad=True)
xs = torch.randn(10, 4)
ys = torch.randn(10, 3)

for epoch in range(3):
    loss = ((xs @ W.t() + b - ys) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        W -= 0.1 * W.grad
        b -= 0.1 * b.grad
        W.grad.zero_()
        b.grad.zero_()
    print(epoch, loss.item())
