import torch

x = torch.randn(32, 2)
y = x.sum(dim=1, keepdim=True)
w = torch.randn(2, 1, requires_grad=True)
for _ in range(5):
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
print(w)
