import torch

torch.manual_seed(0)

x = torch.randn(64, 2)
y = (x[:, :1] - 2 * x[:, 1:]).sigmoid()
w = torch.randn(2, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)

for _ in range(3):
    loss = torch.nn.functional.binary_cross_entropy(torch.sigmoid(x @ w + b), y)
    loss.backward()
    with torch.no_grad():
        w -= 0.5 * w.grad
        b -= 0.5 * b.grad
    w.grad.data.zero_()
    b.grad.data.zero_()
