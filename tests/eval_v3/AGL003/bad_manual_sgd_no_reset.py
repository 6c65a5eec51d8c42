import torch

torch.manual_seed(0)
w = torch.randn(3, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
x = torch.randn(20, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]]) + 0.3
lr = 0.1

for _step in range(5):
    loss = ((x @ w + b - y) ** 2).mean()
    loss.backward()  # expect: AGL003
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
