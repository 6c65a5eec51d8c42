"""Manual SGD step under torch.no_grad()."""
import torch

torch.manual_seed(0)
x, y = torch.randn(12, 2), torch.randn(12)
w = torch.zeros(2, requires_grad=True)
loss = ((x @ w - y) ** 2).mean()
loss.backward()
with torch.no_grad():
    w -= 0.1 * w.grad
