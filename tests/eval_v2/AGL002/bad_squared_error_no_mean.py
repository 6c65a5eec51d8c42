import torch

torch.manual_seed(0)

x = torch.linspace(-1, 1, 32)
y_true = 3.0 * x + 0.5 + 0.1 * torch.randn(32)
w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr = 0.1

for _epoch in range(5):
    y_pred = w * x + b
    loss = (y_pred - y_true) ** 2
    loss.backward()  # expect: AGL002
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
        w.grad.zero_()
        b.grad.zero_()
