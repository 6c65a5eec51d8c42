import torch

torch.manual_seed(0)
w = torch.randn(3, 1, requires_grad=True)
x = torch.randn(16, 3)
y = x @ torch.tensor([[1.0], [0.5], [-1.0]])
for _ in range(3):
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
