import torch

torch.manual_seed(13)
w = torch.randn(2, requires_grad=True)
x = torch.randn(10, 2)
y = torch.randn(10)

for _ in range(5):
    loss = (x @ w - y).abs().mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
