import torch

torch.manual_seed(0)

X = torch.randn(40, 3)
y = X @ torch.tensor([1.5, -0.5, 2.0]) + 0.1 * torch.randn(40)
w = torch.zeros(3, requires_grad=True)

for _ in range(3):
    loss = ((X @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad = None
