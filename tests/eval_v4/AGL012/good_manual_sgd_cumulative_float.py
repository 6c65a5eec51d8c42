"""Hand-written SGD with the cumulative loss kept as float(loss)."""
import torch

torch.manual_seed(13)
x = torch.randn(30, 2)
y = 3 * x[:, :1] - x[:, 1:]
w = torch.zeros(2, 1, requires_grad=True)
cumulative = 0.0
for _ in range(4):
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad = None
    cumulative += float(loss)
print(cumulative)
